package org.torito.packet;

/** A 48-bit Ethernet address held in the low bits of a long, so it needs no object. */
public final class MacAddress {
    public static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private MacAddress() {
    }

    public static long read(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    public static void write(byte[] b, int off, long mac) {
        for (int i = 5; i >= 0; i--) {
            b[off + i] = (byte) mac;
            mac >>>= 8;
        }
    }

    /** Group bit: broadcast and multicast frames. */
    public static boolean isMulticast(long mac) {
        return (mac & 0x0100_0000_0000L) != 0;
    }

    /** Parses "52:54:00:12:34:56" (':' or '-'); returns -1 when the text is not a MAC address. */
    public static long parse(String text) {
        if (text == null || text.length() != 17) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 6; i++) {
            int hi = Character.digit(text.charAt(i * 3), 16);
            int lo = Character.digit(text.charAt(i * 3 + 1), 16);
            if (hi < 0 || lo < 0) {
                return -1;
            }
            if (i < 5) {
                char sep = text.charAt(i * 3 + 2);
                if (sep != ':' && sep != '-') {
                    return -1;
                }
            }
            v = (v << 8) | (hi << 4) | lo;
        }
        return v;
    }

    public static String toString(long mac) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            int octet = (int) (mac >>> (i * 8)) & 0xFF;
            sb.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xF, 16));
            if (i > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
