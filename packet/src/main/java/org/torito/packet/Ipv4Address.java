package org.torito.packet;

/** An IPv4 address as an int in network order (first octet in the high byte). */
public final class Ipv4Address {
    public static final int ANY = 0;
    public static final int BROADCAST = 0xFFFF_FFFF;

    private Ipv4Address() {
    }

    public static int of(int a, int b, int c, int d) {
        return (a << 24) | ((b & 0xFF) << 16) | ((c & 0xFF) << 8) | (d & 0xFF);
    }

    /** Parses dotted-quad text; returns -1L when it is not an IPv4 address. */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        int n = text.length();
        long value = 0;
        int octets = 0;
        int i = 0;
        while (octets < 4) {
            int start = i;
            int octet = 0;
            while (i < n && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (octets < 4) {
                if (i >= n || text.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == n ? value : -1;
    }

    public static String toString(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }

    /** A netmask is contiguous ones followed by zeros. */
    public static boolean isNetmask(int mask) {
        int inverted = ~mask;
        return (inverted & (inverted + 1)) == 0;
    }
}
