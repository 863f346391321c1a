package org.torito.guest.httpserver;

/**
 * The check the JDK's server makes of a response header's name and values before writing them:
 * no CR or LF in a name; in a value only CRLF followed by a space or tab (a folded line); nothing
 * beyond ISO-8859-1, since each character is written as one byte.
 */
final class HeaderText {
    private HeaderText() {
    }

    static void check(String text, boolean isValue) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (!isValue || i >= text.length() - 2) {
                    throw new IllegalArgumentException("Illegal CR found in header");
                }
                if (text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("Illegal char found after CR in header");
                }
                char after = text.charAt(i + 2);
                if (after != ' ' && after != '\t') {
                    throw new IllegalArgumentException("No whitespace found after CRLF in header");
                }
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("Illegal LF found in header");
            } else if (c > 255) {
                throw new IllegalArgumentException("Illegal character found in header");
            }
        }
    }
}
