package org.torito.vmm.config;

/**
 * A user's text as it appears inside a one-line error: in double quotes, with quotes,
 * backslashes and control characters escaped as in JSON, so a stray newline in a value
 * cannot break the message over two lines.
 */
public final class ShownValue {
    private ShownValue() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
