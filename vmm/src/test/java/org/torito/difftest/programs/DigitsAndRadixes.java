package org.torito.difftest.programs;

/** Character.digit and forDigit in every radix (ASCII, fullwidth and other Unicode digits, out-of-range radixes), and toString/parse round trips of seeded values through every radix. */
public class DigitsAndRadixes {
    public static void main(String[] args) {
        char[] chars = {'0', '9', 'a', 'f', 'z', 'A', 'Z', '/', ':', '@', '[', '`', '{', '\uFF10', '\uFF19', '\uFF21', '\uFF41',
            '\uFF5A', '\u0660', '\u0669', '\u06F5', '\u0966', '\u0E52', '\u2163', '\u00B2', '\u00BD', ' '};
        int[] radixes = {2, 8, 10, 16, 36, 1, 37, 0, -1};
        for (char c : chars) {
            StringBuilder line = new StringBuilder("digit U+" + Integer.toHexString(c) + ":");
            for (int r : radixes) {
                line.append(' ').append(Character.digit(c, r));
            }
            line.append(" int ").append(Character.digit((int) c, 36)).append(" isDigit ").append(Character.isDigit(c));
            System.out.println(line);
        }
        // Supplementary digits (Mathematical bold digits, Adlam) through the int overload.
        int[] codePoints = {0x1D7CE, 0x1D7D7, 0x1E950, 0x104A0, 0x10FFFF, -1, 0x110000};
        for (int cp : codePoints) {
            System.out.println("digit cp " + Integer.toHexString(cp) + " " + Character.digit(cp, 10) + " " + Character.digit(cp, 36)
                    + " isDigit " + Character.isDigit(cp));
        }
        int[] digits = {0, 1, 9, 10, 15, 35, 36, -1, 100};
        for (int d : digits) {
            StringBuilder line = new StringBuilder("forDigit " + d + ":");
            for (int r : radixes) {
                char c = Character.forDigit(d, r);
                line.append(' ').append(c == 0 ? "\\0" : String.valueOf(c));
            }
            System.out.println(line);
        }
        // Round trips: toString(x, r) parses back in radix r, and digit() of each character agrees with it.
        long state = 31337;
        int roundTrips = 0;
        long checksum = 0;
        for (int n = 0; n < 3000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int radix = 2 + (int) ((state >>> 58) % 35);
            int i = (int) (state >> 16);
            long l = state * 0x9E3779B97F4A7C15L;
            String si = Integer.toString(i, radix);
            String sl = Long.toString(l, radix);
            String su = Integer.toUnsignedString(i, radix);
            String sul = Long.toUnsignedString(l, radix);
            boolean ok = Integer.parseInt(si, radix) == i && Long.parseLong(sl, radix) == l
                    && Integer.parseUnsignedInt(su, radix) == i && Long.parseUnsignedLong(sul, radix) == l
                    && Integer.valueOf(si.toUpperCase(java.util.Locale.ROOT), radix) == i;
            int sum = 0;
            for (int k = 0; k < sl.length(); k++) {
                int d = Character.digit(sl.charAt(k), radix);
                sum += d;
                ok &= d >= 0 || sl.charAt(k) == '-';
                ok &= d < 0 || Character.forDigit(d, radix) == sl.charAt(k);
            }
            roundTrips += ok ? 1 : 0;
            checksum = checksum * 31 + sum + si.length() * 7L + su.hashCode() + sul.hashCode();
            if (n < 8) {
                System.out.println("radix " + radix + " " + i + " = " + si + " / " + su + ", " + l + " = " + sl + " / " + sul);
            }
        }
        System.out.println("round trips " + roundTrips + " checksum " + checksum);
        // Extremes in every radix.
        for (int radix = 2; radix <= 36; radix += 1) {
            System.out.println("radix " + radix + " " + Integer.toString(Integer.MIN_VALUE, radix) + " "
                    + Long.toString(Long.MIN_VALUE, radix) + " " + Long.toUnsignedString(-1L, radix) + " "
                    + Integer.toUnsignedString(Integer.MIN_VALUE, radix));
        }
    }
}
