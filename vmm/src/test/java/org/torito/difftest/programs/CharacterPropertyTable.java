package org.torito.difftest.programs;

/** Character predicates CharacterClassification leaves out (isSpaceChar, isISOControl, isDefined, isLetterOrDigit, isAlphabetic, isTitleCase, isUnicodeIdentifierStart/Part, surrogate and code point ranges) over a table of code points and a checksum over every 97th code point. */
public class CharacterPropertyTable {
    static String flags(int cp) {
        StringBuilder s = new StringBuilder();
        s.append(Character.isSpaceChar(cp) ? 'S' : '.');
        s.append(Character.isWhitespace(cp) ? 'W' : '.');
        s.append(Character.isISOControl(cp) ? 'C' : '.');
        s.append(Character.isDefined(cp) ? 'D' : '.');
        s.append(Character.isLetterOrDigit(cp) ? 'L' : '.');
        s.append(Character.isAlphabetic(cp) ? 'A' : '.');
        s.append(Character.isUpperCase(cp) ? 'U' : '.');
        s.append(Character.isLowerCase(cp) ? 'l' : '.');
        s.append(Character.isTitleCase(cp) ? 'T' : '.');
        s.append(Character.isUnicodeIdentifierStart(cp) ? 'I' : '.');
        s.append(Character.isUnicodeIdentifierPart(cp) ? 'i' : '.');
        s.append(Character.isBmpCodePoint(cp) ? 'B' : '.');
        s.append(Character.isSupplementaryCodePoint(cp) ? 'P' : '.');
        s.append(Character.isValidCodePoint(cp) ? 'V' : '.');
        return s.toString();
    }

    public static void main(String[] args) {
        int[] table = {
            0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1F, 0x20, 0x41, 0x5F, 0x61, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAA, 0xB5,
            0xBA, 0xC0, 0xD7, 0xDF, 0xF7, 0x1C5, 0x1C8, 0x1F2, 0x2B0, 0x300, 0x345, 0x37E, 0x3A3, 0x5D0, 0x660, 0x1680,
            0x180E, 0x2000, 0x2007, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2160, 0x2170, 0x24B6, 0x24D0, 0x3000, 0x3007,
            0x4E00, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFE, 0xFFFF, 0x10000, 0x10400, 0x10428,
            0x1D400, 0x1F600, 0x1F1E6, 0x20000, 0xE0001, 0xF0000, 0x10FFFF, 0x110000, -1, Integer.MIN_VALUE,
        };
        for (int cp : table) {
            System.out.println(Integer.toHexString(cp) + " " + flags(cp));
        }
        // char overloads agree with the int ones on the BMP.
        int disagree = 0;
        for (int c = 0; c < 0x10000; c += 7) {
            char ch = (char) c;
            if (Character.isSpaceChar(ch) != Character.isSpaceChar(c) || Character.isISOControl(ch) != Character.isISOControl(c)
                    || Character.isLetterOrDigit(ch) != Character.isLetterOrDigit(c) || Character.isTitleCase(ch) != Character.isTitleCase(c)
                    || Character.isDefined(ch) != Character.isDefined(c)) {
                disagree++;
            }
        }
        System.out.println("char/int disagreements " + disagree);
        // Surrogate predicates on every boundary.
        char[] surrogates = {'\uD7FF', '\uD800', '\uDB7F', '\uDB80', '\uDBFF', '\uDC00', '\uDFFF', '\uE000'};
        for (char c : surrogates) {
            System.out.println("surrogate " + Integer.toHexString(c) + " high " + Character.isHighSurrogate(c) + " low "
                    + Character.isLowSurrogate(c) + " any " + Character.isSurrogate(c) + " pair with DC00 "
                    + Character.isSurrogatePair(c, '\uDC00') + " with D800 " + Character.isSurrogatePair('\uD800', c));
        }
        // Counts of each predicate over a sample of every plane's assigned range (a checksum of the Unicode tables).
        int[] counts = new int[14];
        for (int cp = 0; cp <= 0x10FFFF; cp += 97) {
            String f = flags(cp);
            for (int k = 0; k < f.length(); k++) {
                counts[k] += f.charAt(k) == '.' ? 0 : 1;
            }
        }
        System.out.println("counts " + java.util.Arrays.toString(counts));
    }
}
