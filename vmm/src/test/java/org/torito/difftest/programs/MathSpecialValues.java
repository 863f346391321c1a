package org.torito.difftest.programs;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Every Math method of one or two doubles on the special values whose results its specification fixes: NaN, infinities, signed zeros, ±1, MIN_VALUE, MAX_VALUE (printed where the result is exact). */
public class MathSpecialValues {
    static final double[] SPECIAL = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 2.0, 0.5,
    };

    /** A double's value and sign of zero; NaN payloads are not specified, so every NaN prints alike. */
    static String show(double d) {
        return d == 0 ? (Double.doubleToRawLongBits(d) == 0 ? "0" : "-0") : Double.isNaN(d) ? "NaN" : Double.toString(d);
    }

    static void unary(String name, DoubleUnaryOperator op, double... args) {
        StringBuilder line = new StringBuilder(name);
        for (double a : args) {
            line.append(' ').append(show(a)).append('>').append(show(op.applyAsDouble(a)));
        }
        System.out.println(line);
    }

    static void binary(String name, DoubleBinaryOperator op, double[] xs, double[] ys) {
        StringBuilder line = new StringBuilder(name);
        for (double x : xs) {
            for (double y : ys) {
                line.append(' ').append(show(op.applyAsDouble(x, y)));
            }
            line.append(" |");
        }
        System.out.println(line);
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        unary("abs", Math::abs, SPECIAL);
        unary("signum", Math::signum, SPECIAL);
        unary("floor", Math::floor, SPECIAL);
        unary("ceil", Math::ceil, SPECIAL);
        unary("rint", Math::rint, SPECIAL);
        unary("round", d -> Math.round(d), SPECIAL);
        unary("sqrt", Math::sqrt, SPECIAL);
        unary("cbrt", Math::cbrt, nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 8.0, -27.0);
        unary("exp", Math::exp, nan, inf, -inf, 0.0, -0.0);
        unary("log", Math::log, nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, -Double.MIN_VALUE);
        unary("log10", Math::log10, nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 1e22, 1e-300);
        unary("sin", Math::sin, nan, inf, -inf, 0.0, -0.0);
        unary("cos", Math::cos, nan, inf, -inf, 0.0, -0.0);
        unary("tan", Math::tan, nan, inf, -inf, 0.0, -0.0);
        unary("asin", Math::asin, nan, 0.0, -0.0, 2.0, -2.0, inf);
        unary("acos", Math::acos, nan, 1.0, 2.0, -2.0, inf);
        unary("atan", Math::atan, nan, 0.0, -0.0);
        // sinh, cosh, tanh, expm1 and log1p are HyperbolicAndExpm1Specials' (a known difference).
        unary("toRadians", Math::toRadians, nan, inf, -inf, 0.0, -0.0);
        unary("toDegrees", Math::toDegrees, nan, inf, -inf, 0.0, -0.0);
        unary("ulp", Math::ulp, nan, inf, -inf, 0.0, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, 1.0);
        unary("nextUp", Math::nextUp, SPECIAL);
        unary("nextDown", Math::nextDown, SPECIAL);
        unary("getExponent", d -> Math.getExponent(d), SPECIAL);
        // atan2's signed-zero and infinity table (each limit is the double nearest a multiple of pi/4);
        // two finite non-zero arguments have no specified result, "x" stands for them.
        double[] atanArgs = {0.0, -0.0, 1.0, -1.0, inf, -inf, nan};
        binary("atan2", (y, x) -> y != 0 && x != 0 && Double.isFinite(y) && Double.isFinite(x) ? nan : Math.atan2(y, x), atanArgs, atanArgs);
        double[] hypotArgs = {nan, inf, -inf, 0.0, -0.0, 3.0};
        binary("hypot", (x, y) -> x == 3.0 && y == 3.0 ? nan : Math.hypot(x, y), hypotArgs, hypotArgs);
        double[] powBases = {nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0};
        double[] powExponents = {nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0};
        binary("pow", Math::pow, powBases, powExponents);
        // IEEEremainder is IEEERemainderCases' (a known difference).
        binary("copySign", Math::copySign, new double[] {1.0, -0.0, inf}, new double[] {-0.0, 0.0, nan, -inf});
        binary("nextAfter", Math::nextAfter, new double[] {0.0, -0.0, 1.0, Double.MAX_VALUE, Double.MIN_VALUE},
                new double[] {0.0, -0.0, inf, -inf, nan});
        binary("min", Math::min, new double[] {0.0, -0.0, nan, 1.0}, new double[] {0.0, -0.0, nan, -inf});
        binary("max", Math::max, new double[] {0.0, -0.0, nan, 1.0}, new double[] {0.0, -0.0, nan, inf});
        binary("scalb", (d, n) -> Math.scalb(d, (int) n), new double[] {nan, inf, -0.0, 1.0, Double.MIN_VALUE},
                new double[] {0, 1, -1, 1100, -1100, 2098, -2098});
        // float overloads of the same.
        float fnan = Float.NaN;
        float finf = Float.POSITIVE_INFINITY;
        float[] floats = {fnan, finf, -finf, 0f, -0f, 1f, Float.MIN_VALUE, Float.MAX_VALUE};
        StringBuilder line = new StringBuilder("float");
        for (float f : floats) {
            line.append(" [").append(Math.abs(f)).append(' ').append(Math.signum(f)).append(' ').append(Math.round(f))
                    .append(' ').append(Math.ulp(f)).append(' ').append(Math.nextUp(f)).append(' ').append(Math.nextDown(f))
                    .append(' ').append(Math.getExponent(f)).append(' ').append(Math.copySign(1f, f)).append(' ')
                    .append(Math.scalb(f, 3)).append(' ').append(Math.nextAfter(f, 0.0)).append(']');
        }
        System.out.println(line);
        // Integer-valued results of the floating functions where exactness is specified.
        System.out.println("exact " + Math.sqrt(1 << 30) + " " + Math.sqrt(2.25) + " " + Math.cbrt(-0.001953125) + " " + Math.log10(1e-5)
                + " " + Math.pow(2, -1074) + " " + Math.pow(10, 22) + " " + Math.exp(0)
                + " " + Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.rint(-0.5) + " " + Math.round(-0.5));
    }
}
