package org.torito.packet;

/**
 * DHCP message view (RFC 2131) and its options (RFC 2132). Parsing checks the fixed part, the
 * magic cookie and that every option lies inside the message; option overload (52) is not
 * followed, so options in sname/file are ignored.
 */
public final class DhcpMessage {
    public static final int FIXED_LENGTH = 236;
    /** Fixed part plus magic cookie: where options start. */
    public static final int OPTIONS_OFFSET = 240;
    public static final int MAGIC_COOKIE = 0x63825363;
    public static final int BOOTREQUEST = 1;
    public static final int BOOTREPLY = 2;
    public static final int SERVER_PORT = 67;
    public static final int CLIENT_PORT = 68;

    public static final int OPTION_PAD = 0;
    public static final int OPTION_SUBNET_MASK = 1;
    public static final int OPTION_ROUTER = 3;
    public static final int OPTION_DNS = 6;
    public static final int OPTION_REQUESTED_IP = 50;
    public static final int OPTION_LEASE_TIME = 51;
    public static final int OPTION_MESSAGE_TYPE = 53;
    public static final int OPTION_SERVER_ID = 54;
    public static final int OPTION_PARAMETER_LIST = 55;
    public static final int OPTION_END = 255;

    public static final int DISCOVER = 1;
    public static final int OFFER = 2;
    public static final int REQUEST = 3;
    public static final int DECLINE = 4;
    public static final int ACK = 5;
    public static final int NAK = 6;
    public static final int RELEASE = 7;

    private byte[] buf;
    private int off;
    private int optionsEnd;

    public boolean parse(byte[] b, int offset, int len) {
        if (b == null || offset < 0 || len < OPTIONS_OFFSET || len > b.length - offset) {
            return false;
        }
        int op = b[offset] & 0xFF;
        if ((op != BOOTREQUEST && op != BOOTREPLY) || b[offset + 1] != 1 || b[offset + 2] != 6
                || BigEndian.i32(b, offset + FIXED_LENGTH) != MAGIC_COOKIE) {
            return false;
        }
        int end = offset + len;
        int i = offset + OPTIONS_OFFSET;
        while (i < end) {
            int code = b[i] & 0xFF;
            if (code == OPTION_END) {
                break;
            }
            if (code == OPTION_PAD) {
                i++;
                continue;
            }
            if (i + 1 >= end || (b[i + 1] & 0xFF) > end - i - 2) {
                return false;
            }
            i += 2 + (b[i + 1] & 0xFF);
        }
        buf = b;
        off = offset;
        optionsEnd = i;
        return true;
    }

    public int op() {
        return buf[off] & 0xFF;
    }

    public int transactionId() {
        return BigEndian.i32(buf, off + 4);
    }

    public int seconds() {
        return BigEndian.u16(buf, off + 8);
    }

    public int flags() {
        return BigEndian.u16(buf, off + 10);
    }

    public int clientIp() {
        return BigEndian.i32(buf, off + 12);
    }

    public int yourIp() {
        return BigEndian.i32(buf, off + 16);
    }

    public int serverIp() {
        return BigEndian.i32(buf, off + 20);
    }

    public int relayIp() {
        return BigEndian.i32(buf, off + 24);
    }

    public long clientMac() {
        return MacAddress.read(buf, off + 28);
    }

    /** Offset of the value of the first option {@code code}, or -1 when absent. */
    public int findOption(int code) {
        int i = off + OPTIONS_OFFSET;
        while (i < optionsEnd) {
            int c = buf[i] & 0xFF;
            if (c == OPTION_PAD) {
                i++;
                continue;
            }
            if (c == code) {
                return i + 2;
            }
            i += 2 + (buf[i + 1] & 0xFF);
        }
        return -1;
    }

    /** Length of the option whose value starts at {@code valueOffset} (from findOption). */
    public int optionLength(int valueOffset) {
        return buf[valueOffset - 1] & 0xFF;
    }

    public byte[] buffer() {
        return buf;
    }

    /** The message type (option 53), or -1 when absent or malformed. */
    public int messageType() {
        int at = findOption(OPTION_MESSAGE_TYPE);
        return at < 0 || optionLength(at) != 1 ? -1 : buf[at] & 0xFF;
    }

    /** A 4-byte option as an int, or {@code fallback} when absent or not 4 bytes long. */
    public int intOption(int code, int fallback) {
        int at = findOption(code);
        return at < 0 || optionLength(at) < 4 ? fallback : BigEndian.i32(buf, at);
    }

    /** Writes the fixed part and the magic cookie, zeroing sname and file; returns 240. */
    public static int writeHeader(byte[] b, int off, int op, int transactionId, int flags, int clientIp,
            int yourIp, int serverIp, int relayIp, long clientMac) {
        for (int i = 0; i < OPTIONS_OFFSET; i++) {
            b[off + i] = 0;
        }
        b[off] = (byte) op;
        b[off + 1] = 1;
        b[off + 2] = 6;
        BigEndian.put32(b, off + 4, transactionId);
        BigEndian.put16(b, off + 10, flags);
        BigEndian.put32(b, off + 12, clientIp);
        BigEndian.put32(b, off + 16, yourIp);
        BigEndian.put32(b, off + 20, serverIp);
        BigEndian.put32(b, off + 24, relayIp);
        MacAddress.write(b, off + 28, clientMac);
        BigEndian.put32(b, off + FIXED_LENGTH, MAGIC_COOKIE);
        return OPTIONS_OFFSET;
    }

    /** Appends a one-byte option at {@code pos}; returns the position after it. */
    public static int putByteOption(byte[] b, int pos, int code, int value) {
        b[pos] = (byte) code;
        b[pos + 1] = 1;
        b[pos + 2] = (byte) value;
        return pos + 3;
    }

    /** Appends a four-byte option (an address or a time) at {@code pos}. */
    public static int putIntOption(byte[] b, int pos, int code, int value) {
        b[pos] = (byte) code;
        b[pos + 1] = 4;
        BigEndian.put32(b, pos + 2, value);
        return pos + 6;
    }

    /** Appends an option with arbitrary bytes (at most 255). */
    public static int putOption(byte[] b, int pos, int code, byte[] value, int valueOffset, int valueLength) {
        if (valueLength > 255) {
            throw new IllegalArgumentException("DHCP option " + code + " longer than 255 bytes: " + valueLength);
        }
        b[pos] = (byte) code;
        b[pos + 1] = (byte) valueLength;
        System.arraycopy(value, valueOffset, b, pos + 2, valueLength);
        return pos + 2 + valueLength;
    }

    public static int putEnd(byte[] b, int pos) {
        b[pos] = (byte) OPTION_END;
        return pos + 1;
    }
}
