package org.torito.difftest.programs;

/** StringBuilder's codePoints() stream counted and summed (pairs count once), and appendCodePoint, Character.toChars and String.valueOf of invalid code points. */
public class StringBuilderCodePointChecks {
    public static void main(String[] args) {
        String face = "\uD83D\uDE00";
        CharSequence[] texts = {
            new StringBuilder(face), new StringBuilder("a" + face + "b"), new StringBuilder("\uD800x\uDC00"),
            new StringBuffer(face + face), new StringBuilder(), face, "a" + face + "b",
        };
        for (CharSequence text : texts) {
            System.out.println(text.getClass().getSimpleName() + " length " + text.length() + " codePoints count "
                    + text.codePoints().count() + " sum " + text.codePoints().sum() + " array "
                    + java.util.Arrays.toString(text.codePoints().toArray()) + " chars " + text.chars().count()
                    + " codePointCount " + Character.codePointCount(text, 0, text.length()));
        }
        int[] invalid = {0x110000, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int cp : invalid) {
            StringBuilder sb = new StringBuilder("x");
            String result;
            try {
                sb.appendCodePoint(cp);
                result = "appended, length " + sb.length();
            } catch (IllegalArgumentException e) {
                result = e.getClass().getName();
            }
            String toChars;
            try {
                toChars = "length " + Character.toChars(cp).length;
            } catch (IllegalArgumentException e) {
                toChars = e.getClass().getName();
            }
            System.out.println("code point " + cp + " appendCodePoint " + result + " toChars " + toChars + " valid "
                    + Character.isValidCodePoint(cp));
        }
        StringBuffer buffer = new StringBuffer();
        try {
            buffer.appendCodePoint(0x110000);
            System.out.println("buffer appended " + buffer.length());
        } catch (IllegalArgumentException e) {
            System.out.println("buffer " + e.getClass().getName());
        }
    }
}
