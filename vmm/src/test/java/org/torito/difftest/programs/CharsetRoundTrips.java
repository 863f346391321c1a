package org.torito.difftest.programs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** String.getBytes and new String(bytes, charset) for UTF-8, ISO-8859-1, US-ASCII, UTF-16 variants: unmappable and malformed input become replacements. */
public final class CharsetRoundTrips {
    private CharsetRoundTrips() {
    }

    public static void main(String[] args) {
        Charset[] sets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16,
            StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        String[] texts = {"", "hello", "caf\u00E9", "\u00FF\u0100", "\u20AC", "\u4E2D\u6587", "\uD83D\uDE00", "a\uD800b", "x\uDC00",
            "\uD800", "\u0000\u007F\u0080", "\uFFFD\uFEFF"};
        for (String t : texts) {
            System.out.println("text " + hex(t));
            for (Charset cs : sets) {
                try {
                    byte[] b = t.getBytes(cs);
                    String back = new String(b, cs);
                    System.out.println("  " + cs.name() + ": " + Arrays.toString(b) + " back=" + hex(back) + " same=" + back.equals(t));
                } catch (RuntimeException e) {
                    System.out.println("  " + cs.name() + ": " + e.getClass().getName());
                }
            }
        }
        // Malformed UTF-8: stray continuation, truncated sequences, overlongs, surrogates encoded in UTF-8, beyond U+10FFFF.
        int[][] utf8 = {{0x80}, {0xC3}, {0xC3, 0x28}, {0xE2, 0x82}, {0xE2, 0x82, 0x41}, {0xF0, 0x9F, 0x98}, {0xC0, 0xAF},
            {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFF, 0xFE},
            {0x41, 0xF0, 0x9F, 0x98, 0x80, 0x42}, {0xEF, 0xBB, 0xBF, 0x41}, {0xC2, 0xA0, 0xE0, 0xA0, 0x80}};
        for (int[] in : utf8) {
            byte[] b = bytes(in);
            System.out.println("utf8 " + Arrays.toString(b) + " -> " + hex(new String(b, StandardCharsets.UTF_8)));
        }
        // Bytes above 0x7F in US-ASCII decode to U+FFFD; ISO-8859-1 maps every byte.
        byte[] high = bytes(new int[] {0x41, 0x80, 0xFF, 0x7F});
        System.out.println("ascii " + hex(new String(high, StandardCharsets.US_ASCII)) + " latin1 "
                + hex(new String(high, StandardCharsets.ISO_8859_1)));
        // UTF-16: BOMs, odd lengths, unpaired surrogates in the bytes.
        int[][] utf16 = {{0xFE, 0xFF, 0x00, 0x41}, {0xFF, 0xFE, 0x41, 0x00}, {0x00, 0x41}, {0x00, 0x41, 0x42}, {0xD8, 0x00},
            {0xD8, 0x3D, 0xDE, 0x00}, {0xDC, 0x00, 0x00, 0x41}, {0xD8, 0x00, 0x00, 0x41}};
        for (int[] in : utf16) {
            byte[] b = bytes(in);
            System.out.println("utf16 " + Arrays.toString(b) + " -> " + hex(new String(b, StandardCharsets.UTF_16)) + " be "
                    + hex(new String(b, StandardCharsets.UTF_16BE)) + " le " + hex(new String(b, StandardCharsets.UTF_16LE)));
        }
        byte[] mid = "xx\u00E9\u4E2Dyy".getBytes(StandardCharsets.UTF_8);
        System.out.println("offset " + hex(new String(mid, 2, 5, StandardCharsets.UTF_8)) + " " + hex(new String(mid, 3, 3, StandardCharsets.UTF_8))
                + " " + hex(new String(mid, 0, 3, StandardCharsets.UTF_8)));
        System.out.println("names " + StandardCharsets.UTF_8.name() + " " + StandardCharsets.ISO_8859_1.name() + " "
                + StandardCharsets.US_ASCII.name() + " " + StandardCharsets.UTF_16.name());
        // Charset.isSupported is missing from TeaVM 0.15's class library (build fails).
        for (String name : new String[] {"utf-8", "UTF8", "latin1", "ISO8859_1", "ascii", "UTF-16LE", "utf-16be"}) {
            try {
                Charset cs = Charset.forName(name);
                System.out.println("forName " + name + " = " + cs.name() + " " + cs.equals(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                System.out.println("forName " + name + ": " + e.getClass().getName());
            }
        }
        long check = 0;
        for (int cp = 0; cp < 0x3000; cp += 7) {
            String one = new String(Character.toChars(cp));
            byte[] b = one.getBytes(StandardCharsets.UTF_8);
            check = check * 131 + b.length * 1000 + (b[b.length - 1] & 0xFF);
            if (!new String(b, StandardCharsets.UTF_8).equals(one)) {
                System.out.println("round trip failed at " + cp);
            }
        }
        System.out.println("bmp check " + check);
    }

    private static byte[] bytes(int[] in) {
        byte[] b = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            b[i] = (byte) in[i];
        }
        return b;
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            b.append(Integer.toHexString(s.charAt(i))).append(i + 1 < s.length() ? " " : "");
        }
        return b.append(']').toString();
    }
}
