package org.torito.guest.runtime;

import java.util.Arrays;
import java.util.Locale;

/**
 * String.toUpperCase and toLowerCase with Unicode's full case mappings, as the JDK does them;
 * the image pipeline installs them (org.torito.boot.teavm.classlib.TextFixes). TeaVM 0.15 maps
 * char by char, so "\u00DF".toUpperCase() stayed "\u00DF" (the JDK: "SS"), a capital sigma at
 * the end of a word did not become the final form, and Turkish dotless i was unknown.
 *
 * <p>The one-to-many upper-case mappings (SpecialCasing.txt's unconditional ones) are the table
 * below, taken from JDK 25; every other code point maps as Character does. {@code StringCaseTest}
 * compares both directions with the JDK for every code point.
 */
public final class StringCase {
    /** Code points whose upper case is more than one char, sorted. */
    private static final int[] MULTI_CHAR_UPPER = {
            0x00DF, 0x0149, 0x01F0, 0x0390, 0x03B0, 0x0587, 0x1E96, 0x1E97,
            0x1E98, 0x1E99, 0x1E9A, 0x1F50, 0x1F52, 0x1F54, 0x1F56, 0x1F80,
            0x1F81, 0x1F82, 0x1F83, 0x1F84, 0x1F85, 0x1F86, 0x1F87, 0x1F88,
            0x1F89, 0x1F8A, 0x1F8B, 0x1F8C, 0x1F8D, 0x1F8E, 0x1F8F, 0x1F90,
            0x1F91, 0x1F92, 0x1F93, 0x1F94, 0x1F95, 0x1F96, 0x1F97, 0x1F98,
            0x1F99, 0x1F9A, 0x1F9B, 0x1F9C, 0x1F9D, 0x1F9E, 0x1F9F, 0x1FA0,
            0x1FA1, 0x1FA2, 0x1FA3, 0x1FA4, 0x1FA5, 0x1FA6, 0x1FA7, 0x1FA8,
            0x1FA9, 0x1FAA, 0x1FAB, 0x1FAC, 0x1FAD, 0x1FAE, 0x1FAF, 0x1FB2,
            0x1FB3, 0x1FB4, 0x1FB6, 0x1FB7, 0x1FBC, 0x1FC2, 0x1FC3, 0x1FC4,
            0x1FC6, 0x1FC7, 0x1FCC, 0x1FD2, 0x1FD3, 0x1FD6, 0x1FD7, 0x1FE2,
            0x1FE3, 0x1FE4, 0x1FE6, 0x1FE7, 0x1FF2, 0x1FF3, 0x1FF4, 0x1FF6,
            0x1FF7, 0x1FFC, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05,
            0xFB06, 0xFB13, 0xFB14, 0xFB15, 0xFB16, 0xFB17
    };
    /** Their upper case, in the same order. */
    private static final String[] MULTI_CHAR_UPPER_VALUE = {
            "\u0053\u0053", "\u02BC\u004E", "\u004A\u030C", "\u0399\u0308\u0301",
            "\u03A5\u0308\u0301", "\u0535\u0552", "\u0048\u0331", "\u0054\u0308",
            "\u0057\u030A", "\u0059\u030A", "\u0041\u02BE", "\u03A5\u0313",
            "\u03A5\u0313\u0300", "\u03A5\u0313\u0301", "\u03A5\u0313\u0342", "\u1F08\u0399",
            "\u1F09\u0399", "\u1F0A\u0399", "\u1F0B\u0399", "\u1F0C\u0399",
            "\u1F0D\u0399", "\u1F0E\u0399", "\u1F0F\u0399", "\u1F08\u0399",
            "\u1F09\u0399", "\u1F0A\u0399", "\u1F0B\u0399", "\u1F0C\u0399",
            "\u1F0D\u0399", "\u1F0E\u0399", "\u1F0F\u0399", "\u1F28\u0399",
            "\u1F29\u0399", "\u1F2A\u0399", "\u1F2B\u0399", "\u1F2C\u0399",
            "\u1F2D\u0399", "\u1F2E\u0399", "\u1F2F\u0399", "\u1F28\u0399",
            "\u1F29\u0399", "\u1F2A\u0399", "\u1F2B\u0399", "\u1F2C\u0399",
            "\u1F2D\u0399", "\u1F2E\u0399", "\u1F2F\u0399", "\u1F68\u0399",
            "\u1F69\u0399", "\u1F6A\u0399", "\u1F6B\u0399", "\u1F6C\u0399",
            "\u1F6D\u0399", "\u1F6E\u0399", "\u1F6F\u0399", "\u1F68\u0399",
            "\u1F69\u0399", "\u1F6A\u0399", "\u1F6B\u0399", "\u1F6C\u0399",
            "\u1F6D\u0399", "\u1F6E\u0399", "\u1F6F\u0399", "\u1FBA\u0399",
            "\u0391\u0399", "\u0386\u0399", "\u0391\u0342", "\u0391\u0342\u0399",
            "\u0391\u0399", "\u1FCA\u0399", "\u0397\u0399", "\u0389\u0399",
            "\u0397\u0342", "\u0397\u0342\u0399", "\u0397\u0399", "\u0399\u0308\u0300",
            "\u0399\u0308\u0301", "\u0399\u0342", "\u0399\u0308\u0342", "\u03A5\u0308\u0300",
            "\u03A5\u0308\u0301", "\u03A1\u0313", "\u03A5\u0342", "\u03A5\u0308\u0342",
            "\u1FFA\u0399", "\u03A9\u0399", "\u038F\u0399", "\u03A9\u0342",
            "\u03A9\u0342\u0399", "\u03A9\u0399", "\u0046\u0046", "\u0046\u0049",
            "\u0046\u004C", "\u0046\u0046\u0049", "\u0046\u0046\u004C", "\u0053\u0054",
            "\u0053\u0054", "\u0544\u0546", "\u0544\u0535", "\u0544\u053B",
            "\u054E\u0546", "\u0544\u053D"
    };
    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int FINAL_SIGMA = 0x03C2;
    private static final int SMALL_SIGMA = 0x03C3;
    private static final int CAPITAL_I_WITH_DOT = 0x0130;
    private static final int SMALL_DOTLESS_I = 0x0131;

    private StringCase() {
    }

    public static String toUpperCase(String text) {
        return toUpperCase(text, Locale.getDefault());
    }

    public static String toLowerCase(String text) {
        return toLowerCase(text, Locale.getDefault());
    }

    public static String toUpperCase(String text, Locale locale) {
        boolean turkic = isTurkic(locale);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int point = text.codePointAt(i);
            int special = Arrays.binarySearch(MULTI_CHAR_UPPER, point);
            if (special >= 0) {
                out.append(MULTI_CHAR_UPPER_VALUE[special]);
            } else {
                out.appendCodePoint(turkic && point == 'i' ? CAPITAL_I_WITH_DOT : Character.toUpperCase(point));
            }
        }
        return out.toString();
    }

    public static String toLowerCase(String text, Locale locale) {
        boolean turkic = isTurkic(locale);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int point = text.codePointAt(i);
            if (point == CAPITAL_I_WITH_DOT) {
                // Outside Turkic languages, the dot stays as a combining mark.
                out.append(turkic ? "i" : "i\u0307");
            } else if (turkic && point == 'I') {
                out.appendCodePoint(SMALL_DOTLESS_I);
            } else if (point == CAPITAL_SIGMA) {
                out.appendCodePoint(isFinal(text, i) ? FINAL_SIGMA : SMALL_SIGMA);
            } else {
                out.appendCodePoint(Character.toLowerCase(point));
            }
        }
        return out.toString();
    }

    private static boolean isTurkic(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("tr") || language.equals("az");
    }

    /**
     * Unicode's Final_Sigma: a cased letter before the sigma and none after it, within its word
     * (as Unicode's word boundaries have it: letters, digits, marks, and an apostrophe, period or
     * colon between two letters).
     */
    private static boolean isFinal(String text, int at) {
        boolean casedBefore = false;
        for (int i = at; i > 0;) {
            int point = text.codePointBefore(i);
            if (isCased(point)) {
                casedBefore = true;
                break;
            }
            int before = i - Character.charCount(point);
            if (!isInWord(point) && !(isMidWord(point) && before > 0
                    && Character.isLetter(text.codePointBefore(before)) && Character.isLetter(text.codePointAt(i)))) {
                break;
            }
            i = before;
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = at + 1; i < text.length();) {
            int point = text.codePointAt(i);
            if (isCased(point)) {
                return false;
            }
            int after = i + Character.charCount(point);
            if (!isInWord(point) && !(isMidWord(point) && after < text.length()
                    && Character.isLetter(text.codePointAt(after)) && Character.isLetter(text.codePointBefore(i)))) {
                break;
            }
            i = after;
        }
        return true;
    }

    private static boolean isCased(int point) {
        int type = Character.getType(point);
        return type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER
                || type == Character.TITLECASE_LETTER;
    }

    /** Word-boundary classes MidLetter, MidNumLet and Single_Quote: inside a word only between letters. */
    private static boolean isMidWord(int point) {
        return switch (point) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                 0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    private static boolean isInWord(int point) {
        int type = Character.getType(point);
        return Character.isLetterOrDigit(point) || type == Character.CONNECTOR_PUNCTUATION || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || type == Character.MODIFIER_SYMBOL;
    }
}
