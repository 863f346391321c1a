package org.torito.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A request target's path: percent-decoded as UTF-8 without its query, and names encoded back for links. */
final class UrlPath {
    private static final String HEX = "0123456789ABCDEF";

    private UrlPath() {
    }

    /** The absolute path of {@code target} ("/a%20b/?x" is "/a b/"), or null when it is malformed. */
    static String decode(String target) {
        int query = target.indexOf('?');
        String raw = query >= 0 ? target.substring(0, query) : target;
        if (!raw.startsWith("/")) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7E || c < 0x20) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    /** {@code path} with every byte outside the unreserved set and '/' percent-encoded. */
    static String encode(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder s = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
                    || c == '.' || c == '_' || c == '~') {
                s.append((char) c);
            } else {
                s.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return s.toString();
    }
}
