package org.torito.guest.runtime.collections;

import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * toString of the summary statistics and optionals in the JDK's words (TeaVM 0.15 printed
 * {@code max=16, avg=9.666666666666666} and {@code Optional.of(value)}); the image pipeline
 * installs them (org.torito.boot.teavm.classlib.CollectionFixes).
 */
public final class SummaryStrings {

    private SummaryStrings() {
    }

    public static String toString(IntSummaryStatistics s) {
        return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", s.getClass().getSimpleName(),
                s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    public static String toString(LongSummaryStatistics s) {
        return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", s.getClass().getSimpleName(),
                s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    public static String toString(DoubleSummaryStatistics s) {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", s.getClass().getSimpleName(),
                s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    public static String toString(Optional<?> o) {
        return o.isPresent() ? "Optional[" + o.get() + "]" : "Optional.empty";
    }

    public static String toString(OptionalInt o) {
        return o.isPresent() ? "OptionalInt[" + o.getAsInt() + "]" : "OptionalInt.empty";
    }

    public static String toString(OptionalLong o) {
        return o.isPresent() ? "OptionalLong[" + o.getAsLong() + "]" : "OptionalLong.empty";
    }

    public static String toString(OptionalDouble o) {
        return o.isPresent() ? "OptionalDouble[" + o.getAsDouble() + "]" : "OptionalDouble.empty";
    }
}
