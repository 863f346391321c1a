package org.torito.difftest.programs;

/** The specified hashCodes of Integer, Long, Short, Byte, Character, Boolean, Double, Float, and Boolean's parse and logical ops. */
public final class BoxedHashCodes {
    private BoxedHashCodes() {
    }

    public static void main(String[] args) {
        for (long v : new long[] {0L, 1L, -1L, 1L << 32, (1L << 32) + 1, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL}) {
            System.out.println("long " + v + ": " + Long.hashCode(v) + " " + Long.valueOf(v).hashCode());
        }
        for (int v : new int[] {0, -1, Integer.MIN_VALUE, 42}) {
            System.out.println("int " + v + ": " + Integer.hashCode(v) + " " + Integer.valueOf(v).hashCode() + " short "
                    + Short.valueOf((short) v).hashCode() + " byte " + Byte.valueOf((byte) v).hashCode() + " "
                    + Byte.hashCode((byte) v));
        }
        double[] doubles = {0.0, -0.0, 1.0, -1.0, 0.1, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI};
        for (double d : doubles) {
            // A NaN with a payload hashes like the canonical NaN: hashCode uses doubleToLongBits.
            System.out.println("double " + Long.toHexString(Double.doubleToRawLongBits(d)) + ": " + Double.hashCode(d)
                    + " " + Double.valueOf(d).hashCode() + " bits=" + Long.toHexString(Double.doubleToLongBits(d))
                    + " eq0=" + Double.valueOf(d).equals(0.0) + " eqSelf=" + Double.valueOf(d).equals(d));
        }
        float[] floats = {0.0f, -0.0f, 1.0f, 0.1f, Float.NaN, Float.intBitsToFloat(0x7fc00001), Float.MAX_VALUE, Float.MIN_VALUE};
        for (float f : floats) {
            System.out.println("float " + Integer.toHexString(Float.floatToRawIntBits(f)) + ": " + Float.hashCode(f) + " "
                    + Float.valueOf(f).hashCode() + " bits=" + Integer.toHexString(Float.floatToIntBits(f))
                    + " eqSelf=" + Float.valueOf(f).equals(f));
        }
        for (char c : new char[] {'\0', 'A', '\u00e9', '\uffff', '\ud800'}) {
            System.out.println("char " + (int) c + ": " + Character.hashCode(c) + " " + Character.valueOf(c).hashCode());
        }
        System.out.println("boolean " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Boolean.TRUE.hashCode()
                + " " + Boolean.FALSE.hashCode());
        String[] texts = {"true", "TRUE", "True", "tRuE", "yes", "1", " true", "true ", "false", "", null, "t"};
        for (String t : texts) {
            System.out.println("parseBoolean(" + (t == null ? "null" : "\"" + t + "\"") + ") = " + Boolean.parseBoolean(t)
                    + " valueOf=" + Boolean.valueOf(t));
        }
        boolean[] bs = {false, true};
        for (boolean a : bs) {
            for (boolean b : bs) {
                System.out.println(a + "," + b + ": and=" + Boolean.logicalAnd(a, b) + " or=" + Boolean.logicalOr(a, b) + " xor="
                        + Boolean.logicalXor(a, b) + " cmp=" + Boolean.compare(a, b) + " boxCmp=" + Boolean.valueOf(a).compareTo(b)
                        + " str=" + Boolean.toString(a));
            }
        }
        // Combined hashes built from the specified parts.
        int h = 17;
        for (long v = -5; v <= 5; v++) {
            h = 31 * h + Long.hashCode(v * 0x9E3779B97F4A7C15L) + Double.hashCode(v / 3.0);
        }
        System.out.println("combined " + h);
    }
}
