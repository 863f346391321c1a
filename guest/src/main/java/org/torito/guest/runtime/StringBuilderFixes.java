package org.torito.guest.runtime;

/**
 * StringBuilder's and StringBuffer's setLength and reverse as Java has them, for images
 * (org.torito.boot.teavm.classlib.ClasslibFixes routes them here): TeaVM 0.15's setLength only moved the
 * length, so growing showed the characters a shorter content had left behind where Java shows
 * '\0', and a negative length was accepted; its reverse split surrogate pairs. Written with the
 * builders' public methods, none of which uses these two in TeaVM's class library.
 */
public final class StringBuilderFixes {

    private StringBuilderFixes() {
    }

    /** AbstractStringBuilder.setLength; the receiver is a StringBuilder or a StringBuffer. */
    public static void setLength(CharSequence builder, int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        int length = builder.length();
        if (builder instanceof StringBuilder sb) {
            if (newLength < length) {
                sb.delete(newLength, length);
            }
            for (int i = length; i < newLength; i++) {
                sb.append('\0');
            }
        } else if (builder instanceof StringBuffer sb) {
            synchronized (sb) {
                if (newLength < length) {
                    sb.delete(newLength, length);
                }
                for (int i = length; i < newLength; i++) {
                    sb.append('\0');
                }
            }
        } else {
            throw new IllegalArgumentException("not a StringBuilder or StringBuffer: " + builder.getClass().getName());
        }
    }

    public static StringBuilder reverse(StringBuilder builder) {
        return builder.replace(0, builder.length(), reversed(builder));
    }

    public static StringBuffer reverse(StringBuffer buffer) {
        synchronized (buffer) {
            return buffer.replace(0, buffer.length(), reversed(buffer));
        }
    }

    /** The characters in reverse order, a surrogate pair kept as one character. */
    static String reversed(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                out.append(text.charAt(i - 1)).append(c);
                i -= 2;
            } else {
                out.append(c);
                i--;
            }
        }
        return out.toString();
    }
}
