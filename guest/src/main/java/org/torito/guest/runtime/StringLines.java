package org.torito.guest.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * String.lines and String.indent, which TeaVM 0.15 lacks (a program calling them did not build);
 * the image pipeline adds them to java.lang.String (org.torito.boot.teavm.classlib.TextFixes).
 * A line ends at "\n", "\r" or "\r\n"; an empty last line is not a line.
 */
public final class StringLines {

    private StringLines() {
    }

    public static Stream<String> lines(String text) {
        return split(text).stream();
    }

    /**
     * Each line shifted right by n spaces, or left by up to -n leading white-space characters
     * (all of them for Integer.MIN_VALUE), and ended with "\n".
     */
    public static String indent(String text, int n) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : split(text)) {
            if (n > 0) {
                out.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                int blank = leadingWhiteSpace(line);
                out.append(line, n == Integer.MIN_VALUE ? blank : Math.min(-n, blank), line.length());
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Counted in chars, as a code point's white space is always a single char. */
    private static int leadingWhiteSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i;
    }
}
