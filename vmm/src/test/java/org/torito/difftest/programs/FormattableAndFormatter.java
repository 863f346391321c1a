package org.torito.difftest.programs;

import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.Locale;

/** Formattable objects under %s and %S with flags, width and precision (what formatTo receives), and a Formatter over a StringBuilder: chained calls, %n, argument indexes across calls, locale(), out(). */
public class FormattableAndFormatter {
    /** Prints what it was given, then formats itself as the flags ask. */
    static final class Ship implements Formattable {
        final String name;

        Ship(String name) {
            this.name = name;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            StringBuilder seen = new StringBuilder("{");
            seen.append((flags & FormattableFlags.LEFT_JUSTIFY) != 0 ? "L" : "-");
            seen.append((flags & FormattableFlags.UPPERCASE) != 0 ? "U" : "-");
            seen.append((flags & FormattableFlags.ALTERNATE) != 0 ? "A" : "-");
            seen.append(" w").append(width).append(" p").append(precision).append("}");
            String text = (flags & FormattableFlags.ALTERNATE) != 0 ? "HMS " + name : name;
            if (precision >= 0 && precision < text.length()) {
                text = text.substring(0, precision) + "*";
            }
            if ((flags & FormattableFlags.UPPERCASE) != 0) {
                text = text.toUpperCase(Locale.ROOT);
            }
            StringBuilder padded = new StringBuilder(text);
            while (padded.length() < width) {
                if ((flags & FormattableFlags.LEFT_JUSTIFY) != 0) {
                    padded.append('.');
                } else {
                    padded.insert(0, '.');
                }
            }
            formatter.format("%s%s", seen, padded);
        }

        @Override
        public String toString() {
            return "Ship(" + name + ")";
        }
    }

    static void show(String format, Object... args) {
        String result;
        try {
            result = "[" + String.format(Locale.ROOT, format, args) + "]";
        } catch (RuntimeException e) {
            // Not the message: TeaVM words them its own way (FormatExceptionMessages).
            result = e.getClass().getName();
        }
        System.out.println(format + " -> " + result);
    }

    public static void main(String[] args) {
        Ship ship = new Ship("Beagle");
        String[] formats = {"%s", "%S", "%#s", "%-12s", "%12s", "%.3s", "%-#10.2S", "%1$s|%1$S|%<#s", "%b", "%B=%<s", "%10c", "%+s", "%0s", "%,s"};
        for (String format : formats) {
            show(format, ship);
        }
        // Other conversions see the object, not formatTo (no %h: an identity hash).
        show("%d", ship);
        show("%s and %s", ship, new Ship("Endurance"));
        show("%2$s then %1$S", ship, new Ship("Fram"));
        // Formatter over an Appendable: each format call appends; argument indexes start afresh per call.
        StringBuilder sb = new StringBuilder("start:");
        Formatter formatter = new Formatter(sb, Locale.ROOT);
        formatter.format("%d-%s", 1, "one").format("|%2$s%1$s", "a", "b").format("%n").format("%s %<S", ship);
        System.out.println("appended [" + sb + "] toString same " + formatter.toString().equals(sb.toString())
                + " out is sb " + (formatter.out() == sb) + " locale " + formatter.locale());
        formatter.format("%5.1f%%", 99.95);
        formatter.flush();
        System.out.println("after % [" + formatter + "]");
        try {
            formatter.format("%q", 1);
        } catch (RuntimeException e) {
            System.out.println("bad format " + e.getClass().getName() + " kept [" + sb + "]");
        }
        formatter.close();
        try {
            formatter.format("%s", "closed");
            System.out.println("closed formatter wrote");
        } catch (RuntimeException e) {
            System.out.println("closed " + e.getClass().getName());
        }
        // Formatter with no destination collects into its own StringBuilder.
        Formatter own = new Formatter(Locale.ROOT);
        own.format("%08.3f|%-6b|%x", -3.14159, null, 255L);
        System.out.println("own [" + own + "] " + own.out().getClass().getSimpleName());
        // %n is the line separator; String.formatted and printf through System.out.
        String lines = String.format(Locale.ROOT, "a%nb%n");
        System.out.println("lines " + lines.length() + " " + lines.equals("a" + System.lineSeparator() + "b" + System.lineSeparator()));
        System.out.println("formatted " + "%s=%s".formatted("x", 42) + " " + "%-4s|".formatted(ship));
        System.out.printf(Locale.ROOT, "printf %s %05d %.2e%n", ship, -42, 12345.678);
        System.out.format(Locale.ROOT, "format %S%n", "done");
        // A Formattable that throws: the exception passes through format.
        Formattable failing = (f, flags, width, precision) -> {
            throw new IllegalStateException("cannot format, width " + width);
        };
        show("%7s", failing);
        // A Formattable that formats through the same Formatter recursively.
        Formattable nested = (f, flags, width, precision) -> f.format("<%s|%d>", ship, width);
        show("%3s", nested);
    }
}
