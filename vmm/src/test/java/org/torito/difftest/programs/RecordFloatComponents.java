package org.torito.difftest.programs;

/** Record equals on float and double components compares like Float.compare/Double.compare: NaN equals NaN, 0.0 differs from -0.0; hashCode agrees with equals. */
public class RecordFloatComponents {
    record D(double v) {
    }

    record F(float v) {
    }

    record Mixed(int i, double d, float f, String s) {
    }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L), 1.0, Double.POSITIVE_INFINITY};
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            for (double b : ds) {
                D x = new D(a);
                D y = new D(b);
                boolean eq = x.equals(y);
                sb.append(eq ? 'E' : '.');
                if (eq && x.hashCode() != y.hashCode()) {
                    sb.append("!hash");
                }
            }
            System.out.println("D(" + a + ") " + sb + " ==" + (a == a));
        }
        float[] fs = {0.0f, -0.0f, Float.NaN, Float.intBitsToFloat(0x7fc00001), 2.5f};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) {
                F x = new F(a);
                F y = new F(b);
                boolean eq = x.equals(y);
                sb.append(eq ? 'E' : '.');
                if (eq && x.hashCode() != y.hashCode()) {
                    sb.append("!hash");
                }
            }
            System.out.println("F(" + a + ") " + sb);
        }
        Mixed m1 = new Mixed(1, -0.0, Float.NaN, "s");
        Mixed m2 = new Mixed(1, 0.0, Float.NaN, "s");
        Mixed m3 = new Mixed(1, -0.0, Float.NaN, new String("s"));
        System.out.println(m1 + " eq m2 " + m1.equals(m2) + " eq m3 " + m1.equals(m3) + " hash " + (m1.hashCode() == m3.hashCode()));
    }
}
