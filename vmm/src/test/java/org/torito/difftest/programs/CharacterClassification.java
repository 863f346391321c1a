package org.torito.difftest.programs;

/** Character's classification and digit methods for ASCII, Latin-1, other BMP and supplementary code points. */
public final class CharacterClassification {
    private CharacterClassification() {
    }

    public static void main(String[] args) {
        // ASCII controls and printables, Latin-1 (NBSP, superscripts, letters, ×, ÷), then a few
        // BMP scripts (Greek, Cyrillic, Arabic-Indic and fullwidth digits, CJK, spaces, BOM) and
        // supplementary ones (Gothic letter, mathematical digit, emoji, a private-use plane).
        int[] cps = {0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1F, 0x20, 0x24, 0x30, 0x39, 0x41, 0x5A, 0x5F,
            0x61, 0x7A, 0x7F, 0x85, 0xA0, 0xAA, 0xB2, 0xB5, 0xBC, 0xC0, 0xD7, 0xDF, 0xF7, 0xFF,
            0x391, 0x3C9, 0x416, 0x660, 0x669, 0x6F5, 0x966, 0x2007, 0x2028, 0x200B, 0x2160, 0x3000, 0x4E2D,
            0xFEFF, 0xFF10, 0xFF21, 0xFF41, 0xD800, 0xDFFF, 0x10330, 0x1D7CE, 0x1F600, 0xF0000};
        for (int cp : cps) {
            StringBuilder line = new StringBuilder(Integer.toHexString(cp)).append(':');
            line.append(" digit=").append(flag(Character.isDigit(cp)));
            line.append(" letter=").append(flag(Character.isLetter(cp)));
            line.append(" letOrDig=").append(flag(Character.isLetterOrDigit(cp)));
            line.append(" alpha=").append(flag(Character.isAlphabetic(cp)));
            line.append(" ws=").append(flag(Character.isWhitespace(cp)));
            line.append(" space=").append(flag(Character.isSpaceChar(cp)));
            line.append(" jStart=").append(flag(Character.isJavaIdentifierStart(cp)));
            line.append(" jPart=").append(flag(Character.isJavaIdentifierPart(cp)));
            line.append(" ignorable=").append(flag(Character.isIdentifierIgnorable(cp)));
            line.append(" upper=").append(flag(Character.isUpperCase(cp)));
            line.append(" lower=").append(flag(Character.isLowerCase(cp)));
            line.append(" ctrl=").append(flag(Character.isISOControl(cp)));
            line.append(" defined=").append(flag(Character.isDefined(cp)));
            line.append(" type=").append(Character.getType(cp));
            line.append(" num=").append(Character.getNumericValue(cp));
            line.append(" d10=").append(Character.digit(cp, 10));
            line.append(" d16=").append(Character.digit(cp, 16));
            line.append(" d36=").append(Character.digit(cp, 36));
            line.append(" toUp=").append(Integer.toHexString(Character.toUpperCase(cp)));
            line.append(" toLow=").append(Integer.toHexString(Character.toLowerCase(cp)));
            line.append(" toTitle=").append(Integer.toHexString(Character.toTitleCase(cp)));
            if (cp <= 0xFFFF) {
                char c = (char) cp;
                // The char overloads must agree with the int ones.
                line.append(" charForms=").append(flag(Character.isDigit(c))).append(flag(Character.isLetter(c)))
                        .append(flag(Character.isWhitespace(c))).append(flag(Character.isJavaIdentifierStart(c)))
                        .append(flag(Character.isJavaIdentifierPart(c))).append(' ').append(Character.getNumericValue(c))
                        .append(' ').append(Character.digit(c, 16));
            }
            System.out.println(line);
        }
        // Radix edges: digit() with a radix outside 2..36 is -1; forDigit out of range is '\0'.
        for (int radix : new int[] {1, 2, 8, 10, 16, 36, 37}) {
            StringBuilder line = new StringBuilder("radix " + radix + ":");
            for (char c : new char[] {'0', '1', '7', '9', 'a', 'F', 'z', 'Z', '/'}) {
                line.append(' ').append(c).append('=').append(Character.digit(c, radix));
            }
            for (int d : new int[] {-1, 0, 1, 9, 10, 15, 35, 36}) {
                line.append(" f").append(d).append('=').append((int) Character.forDigit(d, radix));
            }
            System.out.println(line);
        }
        // Roman numeral Ⅻ, vulgar fraction ½ (-2: not an integer), circled 20.
        System.out.println("numeric " + Character.getNumericValue('\u216B') + " " + Character.getNumericValue('\u00BD')
                + " " + Character.getNumericValue('\u2473') + " " + Character.getNumericValue('a')
                + " " + Character.getNumericValue('Z') + " " + Character.getNumericValue('\uFF5A'));
        // Character.isMirrored is missing from TeaVM 0.15's class library (build fails).
        System.out.println("names " + Character.isTitleCase('\u01C5')
                + " " + Character.toTitleCase('\u01C6') + " " + Character.isSpace(' ') + " " + Character.MIN_RADIX
                + " " + Character.MAX_RADIX + " " + (int) Character.MAX_VALUE + " " + Character.MAX_CODE_POINT);
    }

    private static char flag(boolean b) {
        return b ? 'T' : 'F';
    }
}
