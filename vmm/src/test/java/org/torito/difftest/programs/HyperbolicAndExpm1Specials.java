package org.torito.difftest.programs;

import java.util.function.DoubleUnaryOperator;

/** Math and StrictMath sinh, cosh, tanh, expm1 and log1p on NaN, infinities, signed zeros and tiny arguments, where the specification fixes the result (an odd function keeps the sign of zero; tanh(±∞) = ±1). */
public class HyperbolicAndExpm1Specials {
    static String show(double d) {
        return d == 0 ? (Double.doubleToRawLongBits(d) == 0 ? "0" : "-0") : Double.isNaN(d) ? "NaN" : Double.toString(d);
    }

    static void row(String name, DoubleUnaryOperator math, DoubleUnaryOperator strict, double... args) {
        StringBuilder line = new StringBuilder(name);
        for (double a : args) {
            line.append(' ').append(show(a)).append('>').append(show(math.applyAsDouble(a))).append('/')
                    .append(show(strict.applyAsDouble(a)));
        }
        System.out.println(line);
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        // For |x| below 2^-28 or so each of these is x itself (cosh: 1), which these tiny arguments show.
        double tiny = 0x1.0p-60;
        row("sinh", Math::sinh, StrictMath::sinh, nan, inf, -inf, 0.0, -0.0, tiny, -tiny, Double.MIN_VALUE, 1000.0, -1000.0);
        row("cosh", Math::cosh, StrictMath::cosh, nan, inf, -inf, 0.0, -0.0, tiny, 1000.0, -1000.0);
        row("tanh", Math::tanh, StrictMath::tanh, nan, inf, -inf, 0.0, -0.0, tiny, -tiny, Double.MIN_VALUE, 50.0, -50.0);
        row("expm1", Math::expm1, StrictMath::expm1, nan, inf, -inf, 0.0, -0.0, tiny, -tiny, Double.MIN_VALUE, 1000.0, -1000.0);
        row("log1p", Math::log1p, StrictMath::log1p, nan, inf, -inf, 0.0, -0.0, tiny, -tiny, Double.MIN_VALUE, -1.0, -2.0);
    }
}
