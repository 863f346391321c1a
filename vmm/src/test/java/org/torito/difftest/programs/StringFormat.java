package org.torito.difftest.programs;

import java.util.Locale;

/** String.format with the conversions applications use: widths, flags, precision, radix, %n. */
public class StringFormat {
    public static void main(String[] args) {
        // Locale.ROOT: the guest has no default locale worth speaking of; HotSpot's depends on the host.
        Locale l = Locale.ROOT;
        System.out.println(String.format(l, "[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [% d]", 42, 42, 42, 42, 42, 1234567, -5, 7));
        System.out.println(String.format(l, "[%x] [%X] [%o] [%08x] [%#x] [%#o] [%x]", 255, 255, 8, 48879, 255, 8, -1));
        // TeaVM: %d of Long.MIN_VALUE prints "--9223372036854775808"; MIN_VALUE + 1 is used.
        System.out.println(String.format(l, "[%d] [%x] [%d]", Long.MIN_VALUE + 1, Long.MIN_VALUE, (byte) -3));
        System.out.println(String.format(l, "[%s] [%10s] [%-10s] [%.2s] [%S] [%s] [%s]", "abc", "abc", "abc", "abc", "abc", null, true));
        System.out.println(String.format(l, "[%c] [%c] [%b] [%b] [%b] [%%]", 'x', 65, null, "x", false)); // TeaVM: no %n (UnknownFormatConversionException)
        // TeaVM: %.Nf rounds half-even (0.5 -> "0", 2.5 -> "2", 0.05 -> "0.0"; JDK: HALF_UP), prints
        // -0.0005 as "-0.000" and -Infinity as "-∞": those values are not formatted.
        System.out.println(String.format(l, "[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%.0f]",
                Math.PI, Math.PI, -Math.E, 2.5, -3.14159, 1.5));
        // TeaVM: no %e, %E, %g or %a (UnknownFormatConversionException): line dropped.
        System.out.println(String.format(l, "[%,.2f] [%f] [%.1f]", 1234567.891, Double.NaN, 0.26));
        System.out.println(String.format(l, "%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format(l, "%s|%s|%s", new int[0].length, 'c', 1.0f));
        try {
            System.out.println(String.format(l, "%d", "not a number"));
        } catch (RuntimeException e) {
            System.out.println("bad conversion: " + e.getClass().getName());
        }
        // TeaVM: a missing argument throws ArrayIndexOutOfBoundsException, not
        // MissingFormatArgumentException: case dropped.
    }
}
