package org.torito.guest.runtime.security;

/**
 * How a digest pads its message to whole blocks: a first byte after the message, zeros, then a
 * length field (MD5 and SHA-1/SHA-2: the message's length in bits) or a final bit (SHA-3's pad10*1).
 */
enum MessagePadding {
    /** RFC 1321 section 3.1-3.2: 0x80, zeros, the bit count as 64 bits, low byte first. */
    MD5(0x80, 8, true, 0),
    /** FIPS 180-4 section 5.1.1: the same with the count high byte first. */
    SHA(0x80, 8, false, 0),
    /** FIPS 180-4 section 5.1.2: a 128-bit count. */
    SHA512(0x80, 16, false, 0),
    /** FIPS 202 section 6.1: the suffix bits 01 and pad10*1, whose last 1 ends the block. */
    SHA3(0x06, 0, false, 0x80),
    /** FIPS 202 section 6.2: the suffix bits 1111 and pad10*1. */
    SHAKE(0x1f, 0, false, 0x80);

    final byte first;
    final int lengthSize;
    final boolean littleEndianLength;
    final byte lastBit;

    MessagePadding(int first, int lengthSize, boolean littleEndianLength, int lastBit) {
        this.first = (byte) first;
        this.lengthSize = lengthSize;
        this.littleEndianLength = littleEndianLength;
        this.lastBit = (byte) lastBit;
    }
}
