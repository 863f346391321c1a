package org.torito.guest.runtime.format;

import java.text.DecimalFormat;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * DecimalFormat.applyPattern with the JDK's minimum integer digits: a pattern whose number has
 * a decimal point and no '0' ("#.##", "#,###.#") shows one integer digit in the JDK (0.5 is
 * "0.5"), where TeaVM 0.15 kept none (".5"). "#.00" has a zero and prints ".50" in both. TeaVM's
 * own parser does the rest; the image pipeline (org.torito.boot.teavm.classlib.TextFixes) routes
 * TeaVM's method here, which the constructors taking a pattern call too.
 */
public final class DecimalPatterns {

    private DecimalPatterns() {
    }

    public static void applyPattern(DecimalFormat format, String pattern) {
        ClasslibAccess.applyDecimalPattern(format, pattern);
        if (needsIntegerDigit(pattern)) {
            format.setMinimumIntegerDigits(Math.max(1, format.getMinimumIntegerDigits()));
        }
    }

    /** Whether the positive pattern's number (after a prefix, quotes skipped) has a point and no '0'. */
    private static boolean needsIntegerDigit(String pattern) {
        int i = 0;
        boolean quoted = false;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && isNumberChar(c)) {
                break;
            }
            i++;
        }
        boolean point = false;
        for (; i < pattern.length() && isNumberChar(pattern.charAt(i)); i++) {
            char c = pattern.charAt(i);
            if (c == '0') {
                return false;
            }
            point |= c == '.';
        }
        return point;
    }

    private static boolean isNumberChar(char c) {
        return c == '#' || c == '0' || c == ',' || c == '.';
    }
}
