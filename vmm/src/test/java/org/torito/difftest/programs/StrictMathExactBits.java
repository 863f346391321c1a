package org.torito.difftest.programs;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** StrictMath's functions must return fdlibm's results bit for bit: each on edge and seeded arguments, printed as bits, with a checksum per function. */
public class StrictMathExactBits {
    static long state = 0x5DEECE66DL;

    static double next(double scale) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return ((state >> 11) * 0x1.0p-53) * scale * ((state & 1) == 0 ? 1 : -1);
    }

    static void unary(String name, DoubleUnaryOperator op, double scale, double... edges) {
        StringBuilder line = new StringBuilder(name);
        for (double a : edges) {
            line.append(' ').append(Long.toHexString(Double.doubleToLongBits(op.applyAsDouble(a))));
        }
        long checksum = 0;
        for (int n = 0; n < 400; n++) {
            double a = next(scale);
            double r = op.applyAsDouble(a);
            checksum = checksum * 31 + Double.doubleToLongBits(r);
            if (n < 3) {
                line.append(" f(").append(a).append(")=").append(r);
            }
        }
        System.out.println(line + " sum " + Long.toHexString(checksum));
    }

    static void binary(String name, DoubleBinaryOperator op, double scaleX, double scaleY) {
        StringBuilder line = new StringBuilder(name);
        long checksum = 0;
        for (int n = 0; n < 400; n++) {
            double x = next(scaleX);
            double y = next(scaleY);
            double r = op.applyAsDouble(x, y);
            checksum = checksum * 31 + Double.doubleToLongBits(r);
            if (n < 3) {
                line.append(" f(").append(x).append(", ").append(y).append(")=").append(r);
            }
        }
        System.out.println(line + " sum " + Long.toHexString(checksum));
    }

    public static void main(String[] args) {
        unary("sin", StrictMath::sin, 10, 1.0, Math.PI, 1e6, 1e22, 0x1.0p-30, 3.0e-8, 710.0);
        unary("sin-huge", StrictMath::sin, 1e300, Double.MAX_VALUE, 1e200);
        unary("cos", StrictMath::cos, 10, 1.0, Math.PI / 2, 1e6, 1e22, 0x1.0p-30);
        unary("tan", StrictMath::tan, 10, 1.0, Math.PI / 4, 1.5707963267948966, 1e22);
        unary("asin", StrictMath::asin, 1, 0.5, 1.0, 0.9999999999999999, 1e-10);
        unary("acos", StrictMath::acos, 1, 0.5, -1.0, 0.9999999999999999, 1e-10);
        unary("atan", StrictMath::atan, 100, 1.0, 1e10, 0.4375, 2.4375);
        unary("exp", StrictMath::exp, 700, 1.0, 709.782712893384, -745.1332191019411, 0.5, 1e-10);
        unary("log", StrictMath::log, 1e10, 2.0, Math.E, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE);
        unary("log10", StrictMath::log10, 1e10, 2.0, 1e15, 1e-300, 3.0);
        unary("sqrt", StrictMath::sqrt, 1e10, 2.0, 3.0, Double.MIN_VALUE, 1e-310);
        unary("cbrt", StrictMath::cbrt, 1e10, 2.0, 3.0, 1e-310, -10.0);
        unary("sinh", StrictMath::sinh, 20, 1.0, 0.1, 22.0, 710.0, 1e-20);
        unary("cosh", StrictMath::cosh, 20, 1.0, 0.1, 22.0, 710.0);
        unary("tanh", StrictMath::tanh, 5, 1.0, 0.1, 22.0, 1e-20);
        unary("expm1", StrictMath::expm1, 5, 1.0, 1e-10, -40.0, 709.0);
        unary("log1p", StrictMath::log1p, 1, 1.0, 1e-10, -0.5, 1e300);
        unary("rint", StrictMath::rint, 1e6, 2.5, -2.5, 4503599627370497.0, 0.49999999999999994);
        unary("floor", StrictMath::floor, 1e6, -0.5, 4503599627370496.5);
        unary("ceil", StrictMath::ceil, 1e6, -0.5, -0.0);
        binary("atan2", StrictMath::atan2, 10, 10);
        binary("pow", StrictMath::pow, 10, 20);
        binary("pow-near-one", (x, y) -> StrictMath.pow(1 + x * 1e-9, y * 1e9), 1, 1);
        binary("hypot", StrictMath::hypot, 1e10, 3e9);
        // IEEEremainder is IEEERemainderCases' (a known difference).
        // Math and StrictMath agree where Math is specified exactly.
        System.out.println("agree " + (Math.sqrt(2) == StrictMath.sqrt(2)) + " " + (Math.floor(-1.5) == StrictMath.floor(-1.5))
                + " " + (Math.abs(-0.0) == StrictMath.abs(-0.0)) + " " + (Math.rint(2.5) == StrictMath.rint(2.5)));
    }
}
