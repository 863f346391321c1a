package org.torito.difftest.programs;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Arrays;

/** Charset.forName and String.getBytes/new String by the JDK's aliases of the standard charsets, any case; illegal and unknown names. */
public class CharsetAliases {
    public static void main(String[] args) {
        String[] names = {"UTF-8", "utf-8", "UTF8", "unicode-1-1-utf-8", "US-ASCII", "ASCII", "ascii", "us", "646",
            "ANSI_X3.4-1968", "cp367", "ISO-8859-1", "latin1", "L1", "iso-ir-100", "8859_1", "ISO8859_1", "cp819",
            "UTF-16", "utf16", "unicode", "UnicodeBig", "UTF-16BE", "X-UTF-16BE", "UnicodeBigUnmarked",
            "UTF-16LE", "utf_16le", "UnicodeLittleUnmarked"};
        for (String name : names) {
            Charset charset = Charset.forName(name);
            System.out.println(name + " -> " + charset.name() + " " + bytes("h\u00e9!", name) + " " + decoded(name));
        }
        for (String name : new String[] {"", "bad name", "-lead", "x\u00e9", "nope", "UTF-9", "ebcdic"}) {
            try {
                System.out.println(name + " -> " + Charset.forName(name));
            } catch (IllegalArgumentException e) {
                System.out.println("'" + name + "' -> " + e.getClass().getName() + ": " + e.getMessage());
            }
            System.out.println("getBytes '" + name + "' -> " + bytes("x", name));
            System.out.println("new String '" + name + "' -> " + decoded(name));
        }
        try {
            Charset.forName(null);
        } catch (IllegalArgumentException e) {
            System.out.println("null -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static String bytes(String s, String charset) {
        try {
            return Arrays.toString(s.getBytes(charset));
        } catch (UnsupportedEncodingException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String decoded(String charset) {
        try {
            return new String(new byte[] {72, 105}, charset);
        } catch (UnsupportedEncodingException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
