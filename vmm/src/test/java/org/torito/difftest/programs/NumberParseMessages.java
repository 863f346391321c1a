package org.torito.difftest.programs;

/** The messages of the NumberFormatExceptions parseDouble, parseFloat, parseShort, parseByte and valueOf throw, and the exception parseInt throws for a range outside its CharSequence. */
public class NumberParseMessages {
    interface Parse {
        Object run(String s);
    }

    static void attempt(String what, Parse parse, String s) {
        String result;
        try {
            result = String.valueOf(parse.run(s));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println(what + " [" + s + "] " + result);
    }

    public static void main(String[] args) {
        String[] texts = {"", " ", "1.2.3", "--1", "abc", "1e", "0x", "0x1.8", "NaNx", "1_000", "\u0661"};
        for (String t : texts) {
            attempt("parseDouble", Double::parseDouble, t);
            attempt("parseFloat", Float::parseFloat, t);
        }
        String[] shorts = {"40000", "-32769", "32767", "x", "", "7fff", "+-1"};
        for (String t : shorts) {
            attempt("parseShort", Short::parseShort, t);
            attempt("parseByte", Byte::parseByte, t);
        }
        attempt("parseShort radix 16", s -> Short.parseShort(s, 16), "8000");
        attempt("parseByte radix 2", s -> Byte.parseByte(s, 2), "100000000");
        attempt("valueOf short", Short::valueOf, "99999");
        attempt("decode byte", Byte::decode, "0x100");
        attempt("decode short", Short::decode, "-0x8001");
        // Indexes outside the CharSequence: IndexOutOfBoundsException (not its String subclass).
        attempt("parseInt range past end", s -> Integer.parseInt(s, 2, 5, 10), "123");
        attempt("parseInt range negative", s -> Integer.parseInt(s, -1, 2, 10), "123");
        attempt("parseLong range reversed", s -> Long.parseLong(s, 2, 1, 10), "123");
        attempt("parseInt empty range", s -> Integer.parseInt(s, 1, 1, 10), "123");
    }
}
