package org.torito.difftest.programs;

/**
 * Seeded random sequences of StringBuilder edits (append of every type, insert, delete,
 * deleteCharAt, replace, reverse, setLength, setCharAt, charAt, indexOf, substring), with indexes
 * that are sometimes out of range; the builder is printed after every step.
 */
public class RandomStringBuilding {
    private static long state = 0x5B5B_1DE5L;

    private static final String[] PIECES = {
        "", "a", "xyz", "Hello", " ", "12345", "\u00e9t\u00e9", "\u4e2d\u6587", "\uD83D\uDE00", "ab\uD83D\uDE00cd", "\u0000"};
    private static final double[] DOUBLES = {0.1, -0.0, 1e23, 4.9e-324, Double.NaN, -1.5, 100.0, 1.0E7, 123456.789};
    private static final float[] FLOATS = {0.1f, -0.0f, 1.0E10f, Float.MIN_VALUE, Float.NEGATIVE_INFINITY, 3.0f};
    private static final long[] LONGS = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 42L};
    private static final int[] INTS = {0, -7, Integer.MIN_VALUE, Integer.MAX_VALUE, 65};

    /** SplitMix64: java.util.Random's TeaVM version is a known difference tested elsewhere. */
    static long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int nextInt(int bound) {
        return (int) Long.remainderUnsigned(next(), bound);
    }

    /** An index into a sequence of the given length, now and then one step outside it. */
    static int index(int length) {
        int roll = nextInt(10);
        return roll == 0 ? -1 : roll == 1 ? length + 1 : nextInt(length + 1);
    }

    static String piece() {
        return PIECES[nextInt(PIECES.length)];
    }

    /** Non-ASCII and control characters escaped, so lone surrogates print the same on every JVM. */
    static String show(CharSequence text) {
        StringBuilder out = new StringBuilder("\"");
        for (int n = 0; n < text.length(); n++) {
            char c = text.charAt(n);
            if (c < 32 || c > 126) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The step being tried, for the line printed when it throws. */
    static String attempt;

    static String step(StringBuilder sb) {
        int length = sb.length();
        attempt = "?";
        switch (nextInt(20)) {
            case 0, 1 -> {
                String p = piece();
                sb.append(p);
                return "append " + show(p);
            }
            case 2 -> {
                char c = piece().isEmpty() ? 'q' : PIECES[3].charAt(nextInt(5));
                sb.append(c);
                return "append char " + show(String.valueOf(c));
            }
            case 3 -> {
                int v = INTS[nextInt(INTS.length)];
                sb.append(v);
                return "append int " + v;
            }
            case 4 -> {
                long v = LONGS[nextInt(LONGS.length)];
                sb.append(v);
                return "append long " + v;
            }
            case 5 -> {
                double v = DOUBLES[nextInt(DOUBLES.length)];
                sb.append(v);
                return "append double #" + Long.toHexString(Double.doubleToLongBits(v));
            }
            case 6 -> {
                float v = FLOATS[nextInt(FLOATS.length)];
                boolean z = nextInt(2) == 0;
                sb.append(v).append(z);
                return "append float #" + Integer.toHexString(Float.floatToIntBits(v)) + " and " + z;
            }
            case 7 -> {
                String p = piece();
                int start = index(p.length());
                int end = index(p.length());
                String what = "append " + show(p) + " [" + start + ", " + end + ")";
                attempt = what;
                if (nextInt(2) == 0) {
                    sb.append(p, start, end);
                    return what;
                }
                attempt = what + " as char[] " + start + " len " + (end - start);
                sb.append(p.toCharArray(), start, end - start);
                return what + " as char[] " + start + " len " + (end - start);
            }
            case 8, 9 -> {
                int at = index(length);
                String p = piece();
                String what = "insert " + at + " " + show(p);
                attempt = what;
                if (nextInt(3) == 0) {
                    int v = INTS[nextInt(INTS.length)];
                    attempt = "insert " + at + " int " + v;
                    sb.insert(at, v);
                    return "insert " + at + " int " + v;
                }
                sb.insert(at, p);
                return what;
            }
            case 10 -> {
                int start = index(length);
                int end = index(length + 3);
                String what = "delete " + start + " " + end;
                attempt = what;
                sb.delete(start, end);
                return what;
            }
            case 11 -> {
                int at = index(length == 0 ? 0 : length - 1);
                String what = "deleteCharAt " + at;
                attempt = what;
                sb.deleteCharAt(at);
                return what;
            }
            case 12 -> {
                int start = index(length);
                int end = index(length + 3);
                String p = piece();
                String what = "replace " + start + " " + end + " " + show(p);
                attempt = what;
                sb.replace(start, end, p);
                return what;
            }
            case 13 -> {
                sb.reverse();
                return "reverse";
            }
            case 14 -> {
                int to = nextInt(8) == 0 ? -1 : nextInt(length + 4);
                String what = "setLength " + to;
                attempt = what;
                sb.setLength(to);
                return what;
            }
            case 15 -> {
                int at = index(length == 0 ? 0 : length - 1);
                String what = "setCharAt " + at;
                attempt = what;
                sb.setCharAt(at, '#');
                return what;
            }
            case 16 -> {
                int at = index(length == 0 ? 0 : length - 1);
                String what = "charAt " + at;
                attempt = what;
                return what + " = " + show(String.valueOf(sb.charAt(at)));
            }
            case 17 -> {
                String p = piece();
                return "indexOf " + show(p) + " = " + sb.indexOf(p) + ", lastIndexOf = " + sb.lastIndexOf(p);
            }
            case 18 -> {
                int start = index(length);
                int end = index(length);
                String what = "substring " + start + " " + end;
                attempt = what;
                return what + " = " + show(sb.substring(start, end));
            }
            default -> {
                int at = index(length == 0 ? 0 : length - 1);
                String what = "codePointAt " + at;
                attempt = what;
                return what + " = " + Integer.toHexString(sb.codePointAt(at));
            }
        }
    }

    public static void main(String[] args) {
        for (int round = 0; round < 12; round++) {
            StringBuilder sb = round % 3 == 0 ? new StringBuilder() : round % 3 == 1 ? new StringBuilder(2) : new StringBuilder(piece());
            for (int n = 0; n < 40; n++) {
                String what;
                try {
                    what = step(sb);
                } catch (IndexOutOfBoundsException e) {
                    what = attempt + " threw " + e.getClass().getName();
                }
                if (sb.length() > 60) {
                    sb.setLength(30);
                    what += ", cut to 30";
                }
                System.out.println(round + "." + n + " " + what + " -> " + show(sb) + " length " + sb.length());
            }
            // Not compareTo: TeaVM 0.15 lacks StringBuilder.compareTo (the image would not build).
            System.out.println(round + " toString " + show(sb.toString()) + " contentEquals " + sb.toString().contentEquals(sb));
        }
    }
}
