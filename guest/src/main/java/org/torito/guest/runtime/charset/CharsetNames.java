package org.torito.guest.runtime.charset;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code Charset.forName}: the image has the six standard charsets, and TeaVM 0.15 found them
 * by canonical name only, so {@code "ASCII"}, {@code "UTF8"} or {@code "latin1"} (names the JDK
 * accepts, and programs pass to getBytes) threw. The aliases are the JDK 25's for these six.
 */
public final class CharsetNames {
    private static final Map<Charset, List<String>> ALIASES = Map.of(
            StandardCharsets.UTF_8, List.of("unicode-1-1-utf-8", "UTF8"),
            StandardCharsets.US_ASCII, List.of("ISO646-US", "ISO_646.irv:1991", "csASCII", "IBM367", "ascii7",
                    "ANSI_X3.4-1968", "iso_646.irv:1983", "ASCII", "iso-ir-6", "cp367", "ANSI_X3.4-1986", "us", "646"),
            StandardCharsets.ISO_8859_1, List.of("ISO_8859-1:1987", "ISO8859_1", "819", "l1", "ISO_8859-1", "8859_1",
                    "IBM-819", "cp819", "ISO_8859_1", "csISOLatin1", "IBM819", "latin1", "ISO8859-1", "iso-ir-100"),
            StandardCharsets.UTF_16, List.of("UnicodeBig", "utf16", "UTF_16", "unicode"),
            StandardCharsets.UTF_16BE, List.of("UnicodeBigUnmarked", "X-UTF-16BE", "ISO-10646-UCS-2", "UTF_16BE"),
            StandardCharsets.UTF_16LE, List.of("UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked"));

    private CharsetNames() {
    }

    public static Charset forName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        checkLegal(name);
        for (Map.Entry<Charset, List<String>> entry : ALIASES.entrySet()) {
            if (entry.getKey().name().equalsIgnoreCase(name)) {
                return entry.getKey();
            }
            for (String alias : entry.getValue()) {
                if (alias.equalsIgnoreCase(name)) {
                    return entry.getKey();
                }
            }
        }
        throw new UnsupportedCharsetException(name);
    }

    // String's methods that take a charset's name throw UnsupportedEncodingException with the
    // name for an unknown or illegal one (TeaVM's: none, or no message); these checks run first.

    public static void checkEncodingName(String self, byte[] bytes, int offset, int length, String name)
            throws UnsupportedEncodingException {
        checkEncodingName(name);
    }

    public static void checkEncodingName(String self, byte[] bytes, String name) throws UnsupportedEncodingException {
        checkEncodingName(name);
    }

    public static void checkEncodingName(String self, String name) throws UnsupportedEncodingException {
        checkEncodingName(name);
    }

    private static void checkEncodingName(String name) throws UnsupportedEncodingException {
        Objects.requireNonNull(name, "charsetName");
        try {
            forName(name);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(name);
        }
    }

    /** The exceptions' message is the name, as the JDK's; TeaVM's had none. */
    public static String getMessage(IllegalCharsetNameException e) {
        return e.getCharsetName();
    }

    public static String getMessage(UnsupportedCharsetException e) {
        return e.getCharsetName();
    }

    /** The JDK's rule: a letter or digit, then letters, digits and {@code - + : _ .}. */
    private static void checkLegal(String name) {
        if (name.isEmpty()) {
            throw new IllegalCharsetNameException(name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || "-+:_.".indexOf(c) < 0)) {
                throw new IllegalCharsetNameException(name);
            }
        }
    }
}
