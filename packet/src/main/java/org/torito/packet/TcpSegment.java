package org.torito.packet;

/**
 * TCP header view (RFC 9293) with the options a stack needs: MSS, window scale (RFC 7323),
 * SACK-permitted (recorded, not used) and timestamps. Unknown options are skipped by length;
 * an option whose length is below 2, runs past the header or is wrong for its kind makes the
 * segment invalid, as RFC 9293 3.1 allows.
 */
public final class TcpSegment {
    public static final int HEADER_LENGTH = 20;
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;

    public static final int OPTION_END = 0;
    public static final int OPTION_NOP = 1;
    public static final int OPTION_MSS = 2;
    public static final int OPTION_WINDOW_SCALE = 3;
    public static final int OPTION_SACK_PERMITTED = 4;
    public static final int OPTION_TIMESTAMPS = 8;

    private byte[] buf;
    private int off;
    private int headerLength;
    private int segmentLength;
    private int mss;
    private int windowScale;
    private boolean sackPermitted;
    private boolean timestamps;
    private int timestampValue;
    private int timestampEcho;

    /** {@code len} is the IP payload length: header, options and data. */
    public boolean parse(byte[] b, int offset, int len, int sourceIp, int destinationIp) {
        return parse(b, offset, len, sourceIp, destinationIp, true);
    }

    /**
     * As {@link #parse(byte[], int, int, int, int)}, checking the checksum only when
     * {@code verifyChecksum}: a virtio-net peer that says the checksum is partial or already
     * validated (VIRTIO_NET_HDR_F_NEEDS_CSUM / DATA_VALID) saves a pass over the data.
     */
    public boolean parse(byte[] b, int offset, int len, int sourceIp, int destinationIp, boolean verifyChecksum) {
        if (b == null || offset < 0 || len < HEADER_LENGTH || len > b.length - offset) {
            return false;
        }
        int hl = ((b[offset + 12] & 0xFF) >>> 4) * 4;
        if (hl < HEADER_LENGTH || hl > len) {
            return false;
        }
        if (verifyChecksum && InternetChecksum.finish(InternetChecksum.add(
                InternetChecksum.pseudoHeader(sourceIp, destinationIp, Ipv4Packet.PROTOCOL_TCP, len), b, offset, len)) != 0) {
            return false;
        }
        if (!parseOptions(b, offset + HEADER_LENGTH, offset + hl)) {
            return false;
        }
        buf = b;
        off = offset;
        headerLength = hl;
        segmentLength = len;
        return true;
    }

    private boolean parseOptions(byte[] b, int i, int end) {
        mss = -1;
        windowScale = -1;
        sackPermitted = false;
        timestamps = false;
        while (i < end) {
            int kind = b[i] & 0xFF;
            if (kind == OPTION_END) {
                return true;
            }
            if (kind == OPTION_NOP) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return false;
            }
            int optionLength = b[i + 1] & 0xFF;
            if (optionLength < 2 || optionLength > end - i) {
                return false;
            }
            if (kind == OPTION_MSS) {
                if (optionLength != 4) {
                    return false;
                }
                mss = BigEndian.u16(b, i + 2);
            } else if (kind == OPTION_WINDOW_SCALE) {
                if (optionLength != 3) {
                    return false;
                }
                // RFC 7323 2.3: a shift above 14 is treated as 14.
                windowScale = Math.min(b[i + 2] & 0xFF, 14);
            } else if (kind == OPTION_SACK_PERMITTED) {
                if (optionLength != 2) {
                    return false;
                }
                sackPermitted = true;
            } else if (kind == OPTION_TIMESTAMPS) {
                if (optionLength != 10) {
                    return false;
                }
                timestamps = true;
                timestampValue = BigEndian.i32(b, i + 2);
                timestampEcho = BigEndian.i32(b, i + 6);
            }
            i += optionLength;
        }
        return true;
    }

    /** The array this view was parsed from. */
    public byte[] buffer() {
        return buf;
    }

    public int sourcePort() {
        return BigEndian.u16(buf, off);
    }

    public int destinationPort() {
        return BigEndian.u16(buf, off + 2);
    }

    public int sequence() {
        return BigEndian.i32(buf, off + 4);
    }

    public int acknowledgment() {
        return BigEndian.i32(buf, off + 8);
    }

    public int flags() {
        return buf[off + 13] & 0x3F;
    }

    public boolean has(int flag) {
        return (buf[off + 13] & flag) != 0;
    }

    /** The raw 16-bit window field, before any scaling. */
    public int window() {
        return BigEndian.u16(buf, off + 14);
    }

    public int headerLength() {
        return headerLength;
    }

    public int payloadOffset() {
        return off + headerLength;
    }

    public int payloadLength() {
        return segmentLength - headerLength;
    }

    /** The MSS option value, or -1 when absent. */
    public int mss() {
        return mss;
    }

    /** The window-scale shift (clamped to 14), or -1 when absent. */
    public int windowScale() {
        return windowScale;
    }

    public boolean sackPermitted() {
        return sackPermitted;
    }

    public boolean hasTimestamps() {
        return timestamps;
    }

    public int timestampValue() {
        return timestampValue;
    }

    public int timestampEcho() {
        return timestampEcho;
    }

    /** Header length for the options {@link #write} will emit. */
    public static int headerLength(boolean withMss, boolean withWindowScale) {
        return HEADER_LENGTH + (withMss ? 4 : 0) + (withWindowScale ? 4 : 0);
    }

    /**
     * Writes the header, with an MSS option when {@code mss >= 0} and a window-scale option
     * when {@code windowScale >= 0}, then the checksum over header and the
     * {@code payloadLength} bytes that the caller already put after the header.
     * Returns the header length.
     */
    public static int write(byte[] b, int off, int sourcePort, int destinationPort, int sequence,
            int acknowledgment, int flags, int window, int mss, int windowScale, int payloadLength,
            int sourceIp, int destinationIp) {
        return write(b, off, sourcePort, destinationPort, sequence, acknowledgment, flags, window, mss, windowScale,
                payloadLength, sourceIp, destinationIp, false);
    }

    /**
     * As above; with {@code partialChecksum} the checksum field gets only the pseudo-header's
     * folded sum, not complemented, and the data is not summed: what virtio-net's checksum
     * offload (VIRTIO_NET_HDR_F_NEEDS_CSUM) expects, the other side completing or trusting it.
     */
    public static int write(byte[] b, int off, int sourcePort, int destinationPort, int sequence,
            int acknowledgment, int flags, int window, int mss, int windowScale, int payloadLength,
            int sourceIp, int destinationIp, boolean partialChecksum) {
        int hl = headerLength(mss >= 0, windowScale >= 0);
        BigEndian.put16(b, off, sourcePort);
        BigEndian.put16(b, off + 2, destinationPort);
        BigEndian.put32(b, off + 4, sequence);
        BigEndian.put32(b, off + 8, acknowledgment);
        b[off + 12] = (byte) ((hl / 4) << 4);
        b[off + 13] = (byte) flags;
        BigEndian.put16(b, off + 14, window);
        BigEndian.put16(b, off + 16, 0);
        BigEndian.put16(b, off + 18, 0);
        int i = off + HEADER_LENGTH;
        if (mss >= 0) {
            b[i] = OPTION_MSS;
            b[i + 1] = 4;
            BigEndian.put16(b, i + 2, mss);
            i += 4;
        }
        if (windowScale >= 0) {
            b[i] = OPTION_NOP;
            b[i + 1] = OPTION_WINDOW_SCALE;
            b[i + 2] = 3;
            b[i + 3] = (byte) windowScale;
        }
        int length = hl + payloadLength;
        long sum = InternetChecksum.pseudoHeader(sourceIp, destinationIp, Ipv4Packet.PROTOCOL_TCP, length);
        if (partialChecksum) {
            BigEndian.put16(b, off + 16, ~InternetChecksum.finish(sum) & 0xFFFF);
        } else {
            BigEndian.put16(b, off + 16, InternetChecksum.finish(InternetChecksum.add(sum, b, off, length)));
        }
        return hl;
    }
}
