package org.torito.vmm.cli;

import java.util.List;

/**
 * Appends the arguments given after {@code --} to a guest command line, so the guest can
 * split it back into the same words (docs/config.md, "Guest arguments"): an argument that is
 * empty or holds whitespace or a double quote goes in double quotes, with {@code "} and
 * {@code \} inside escaped by a backslash; every other argument is copied as it is.
 */
public final class GuestCommandLine {
    private GuestCommandLine() {
    }

    public static String append(String cmdline, List<String> args) {
        StringBuilder out = new StringBuilder(cmdline);
        for (String arg : args) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(quote(arg));
        }
        return out.toString();
    }

    static String quote(String arg) {
        if (!needsQuotes(arg)) {
            return arg;
        }
        StringBuilder out = new StringBuilder(arg.length() + 2).append('"');
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static boolean needsQuotes(String arg) {
        if (arg.isEmpty()) {
            return true;
        }
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '"' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
