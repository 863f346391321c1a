package org.torito.difftest.programs;

/** Math and StrictMath on the exactly specified integer functions: abs, floorDiv/Mod, ceilDiv, *Exact, clamp. */
public final class MathVsStrictMath {
    private MathVsStrictMath() {
    }

    public static void main(String[] args) {
        int[] as = {7, -7, 0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 6, -6};
        int[] bs = {3, -3, 1, -1, 2, 7, Integer.MIN_VALUE};
        for (int a : as) {
            StringBuilder line = new StringBuilder("int " + a + ": abs=" + Math.abs(a) + "/" + StrictMath.abs(a)
                    // StrictMath.absExact and ceilDiv are missing from TeaVM 0.15's class library (build fails).
                    + " absExact=" + ex(() -> Math.absExact(a))
                    + " neg=" + ex(() -> Math.negateExact(a)) + " inc=" + ex(() -> Math.incrementExact(a))
                    + " dec=" + ex(() -> Math.decrementExact(a)) + " |");
            for (int b : bs) {
                line.append(' ').append(Math.floorDiv(a, b)).append(',').append(Math.floorMod(a, b)).append(',')
                        .append(Math.ceilDiv(a, b)).append(',').append(Math.ceilMod(a, b));
                if (Math.floorDiv(a, b) != StrictMath.floorDiv(a, b) || Math.floorMod(a, b) != StrictMath.floorMod(a, b)
                        || Math.floorDiv((long) a, b) != StrictMath.floorDiv((long) a, b)) {
                    line.append("(strict differs)");
                }
                line.append(",").append(ex(() -> Math.addExact(a, b))).append(',').append(ex(() -> Math.subtractExact(a, b)))
                        .append(',').append(ex(() -> Math.multiplyExact(a, b))).append(',').append(ex(() -> Math.divideExact(a, b)))
                        .append(',').append(ex(() -> Math.floorDivExact(a, b))).append(',').append(ex(() -> Math.ceilDivExact(a, b)));
            }
            System.out.println(line);
        }
        long[] las = {7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, -(1L << 40) - 1};
        long[] lbs = {3L, -3L, -1L, 1L << 20, Long.MIN_VALUE};
        for (long a : las) {
            StringBuilder line = new StringBuilder("long " + a + ": abs=" + Math.abs(a) + "/" + StrictMath.abs(a)
                    + " absExact=" + ex(() -> Math.absExact(a)) + " neg=" + ex(() -> Math.negateExact(a))
                    + " toInt=" + ex(() -> Math.toIntExact(a)) + " |");
            for (long b : lbs) {
                line.append(' ').append(Math.floorDiv(a, b)).append(',').append(Math.floorMod(a, b)).append(',')
                        .append(Math.ceilDiv(a, b)).append(',').append(StrictMath.floorMod(a, b)).append(',')
                        .append(ex(() -> Math.addExact(a, b))).append(',').append(ex(() -> Math.multiplyExact(a, b)));
            }
            line.append(" mixed ").append(Math.floorMod(a, -5)).append(',').append(Math.floorDiv(a, 5))
                    .append(',').append(Math.multiplyExact(a, 1)).append(',').append(ex(() -> Math.multiplyExact(a, -2)));
            System.out.println(line);
        }
        for (long v : new long[] {Integer.MAX_VALUE + 1L, Integer.MIN_VALUE, -1L, 1L << 32}) {
            System.out.println("toIntExact " + v + " " + ex(() -> Math.toIntExact(v)) + " " + ex(() -> StrictMath.toIntExact(v)));
        }
        System.out.println("clamp " + Math.clamp(5L, 1, 3) + " " + Math.clamp(-5L, 1, 3) + " " + Math.clamp(Long.MAX_VALUE, 0, 10)
                + " " + Math.clamp(2L, -1L, 9L) + " " + Math.clamp(2.5, 0.0, 1.0) + " " + Math.clamp(-0.0, 0.0, 1.0)
                + " " + Math.clamp(Double.NaN, 0.0, 1.0) + " " + Math.clamp(0.5f, 1.0f, 2.0f) + " " + StrictMath.clamp(7L, 2, 4)
                + " " + Math.clamp(0.0, -0.0, 0.0));
        System.out.println("clamp errors " + ex(() -> Math.clamp(1L, 3, 1)) + " " + ex(() -> (int) Math.clamp(1.0, 3.0, 1.0))
                + " " + ex(() -> (int) Math.clamp(1.0, Double.NaN, 1.0)) + " " + ex(() -> (int) Math.clamp(0.0, 0.0, -0.0)));
        System.out.println("abs edges " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f)
                + " " + StrictMath.abs(-0.0) + " " + Math.abs(Float.NEGATIVE_INFINITY) + " " + Math.abs((short) -5)
                + " " + Math.floorMod(-1, 1) + " " + Math.floorMod(Integer.MIN_VALUE, -1) + " " + Math.floorDiv(Integer.MIN_VALUE, -1)
                + " " + Math.floorDiv(Long.MIN_VALUE, -1L) + " " + ex(() -> Math.floorDiv(1, 0)) + " " + ex(() -> Math.floorMod(1, 0)));
    }

    private interface LongOp {
        long get();
    }

    private static String ex(LongOp op) {
        try {
            return String.valueOf(op.get());
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        } catch (IllegalArgumentException e) {
            return "IAE";
        }
    }
}
