package org.torito.difftest.programs;

import java.util.Locale;

/** String.format with the conversions applications use: widths, flags, precision, radix, %n. */
public class StringFormat {
    public static void main(String[] args) {
        // Locale.ROOT: the guest has no default locale worth speaking of; HotSpot's depends on the host.
        Locale l = Locale.ROOT;
        System.out.println(String.format(l, "[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [% d]", 42, 42, 42, 42, 42, 1234567, -5, 7));
        System.out.println(String.format(l, "[%x] [%X] [%o] [%08x] [%#x] [%#o] [%x]", 255, 255, 8, 48879, 255, 8, -1));
        System.out.println(String.format(l, "[%d] [%x] [%d] [%d]", Long.MIN_VALUE + 1, Long.MIN_VALUE, (byte) -3, Long.MIN_VALUE));
        System.out.println(String.format(l, "[%s] [%10s] [%-10s] [%.2s] [%S] [%s] [%s]", "abc", "abc", "abc", "abc", "abc", null, true));
        System.out.print(String.format(l, "[%c] [%c] [%b] [%b] [%b] [%%]%n", 'x', 65, null, "x", false));
        System.out.println(String.format(l, "[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%.0f]",
                Math.PI, Math.PI, -Math.E, 2.5, -3.14159, 1.5));
        // Java rounds the shortest decimal half-up: 0.5 -> 1, 2.5 -> 3, 0.25 -> 0.3, 1.005 -> 1.01.
        System.out.println(String.format(l, "[%.0f] [%.0f] [%.1f] [%.2f] [%.3f] [%f]", 0.5, 2.5, 0.25, 1.005, -0.0005,
                Double.NEGATIVE_INFINITY));
        System.out.println(String.format(l, "[%e] [%E] [%.2e] [%g] [%G] [%.3g] [%a] [%A]", 12345.678, 0.000123, -1e-10,
                0.0001234, 123456789.0, 99.95, 3.0, -0.1));
        System.out.println(String.format(l, "[%,.2f] [%f] [%.1f]", 1234567.891, Double.NaN, 0.26));
        System.out.println(String.format(l, "%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format(l, "%s|%s|%s", new int[0].length, 'c', 1.0f));
        try {
            System.out.println(String.format(l, "%d", "not a number"));
        } catch (RuntimeException e) {
            System.out.println("bad conversion: " + e.getClass().getName());
        }
        for (String bad : new String[] {"%s %s", "%0$s", "%5n", "%-s", "%#d", "%.2d", "%q"}) {
            try {
                System.out.println(String.format(l, bad, "only one"));
            } catch (IllegalArgumentException e) {
                System.out.println("'" + bad + "': " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
