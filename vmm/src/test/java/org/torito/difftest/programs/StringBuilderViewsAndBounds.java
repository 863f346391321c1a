package org.torito.difftest.programs;

/** StringBuilder and StringBuffer as CharSequences: setLength shrink and regrow, getChars, subSequence, substring, indexOf/lastIndexOf with out-of-range starts, append/insert of char[] and CharSequence ranges, and the exception class of each bad index. */
public class StringBuilderViewsAndBounds {
    interface Edit {
        Object apply(StringBuilder sb);
    }

    static void attempt(String what, String start, Edit edit) {
        StringBuilder sb = new StringBuilder(start);
        String result;
        try {
            Object r = edit.apply(sb);
            result = "= " + (r == sb ? "this" : r);
        } catch (RuntimeException e) {
            result = "threw " + e.getClass().getName();
        }
        System.out.println(what + " " + result + " [" + sb.toString().replace('\0', '0') + "]");
    }

    public static void main(String[] args) {
        attempt("setLength(3)", "abcdef", sb -> {
            sb.setLength(3);
            return sb.length();
        });
        attempt("setLength(3) then 6", "abcdef", sb -> {
            sb.setLength(3);
            sb.setLength(6);
            return sb.charAt(4) == 0;
        });
        attempt("setLength(0) then append", "abcdef", sb -> {
            sb.setLength(0);
            return sb.append("z").length();
        });
        attempt("ensureCapacity and trimToSize keep the content", "abc", sb -> {
            sb.ensureCapacity(1000);
            sb.trimToSize();
            sb.ensureCapacity(-5);
            return sb.length();
        });
        attempt("getChars", "hello world", sb -> {
            char[] dst = "..........".toCharArray();
            sb.getChars(6, 11, dst, 2);
            return new String(dst);
        });
        attempt("getChars past dst", "hello", sb -> {
            sb.getChars(0, 5, new char[4], 0);
            return "copied";
        });
        attempt("getChars begin > end", "hello", sb -> {
            sb.getChars(3, 2, new char[4], 0);
            return "copied";
        });
        attempt("subSequence", "hello", sb -> sb.subSequence(1, 4));
        attempt("subSequence past end", "hello", sb -> sb.subSequence(2, 6));
        attempt("substring(5)", "hello", sb -> "[" + sb.substring(5) + "]");
        attempt("substring(6)", "hello", sb -> sb.substring(6));
        attempt("substring(-1, 2)", "hello", sb -> sb.substring(-1, 2));
        attempt("indexOf from -5", "abcabc", sb -> sb.indexOf("b", -5));
        attempt("indexOf from 100", "abcabc", sb -> sb.indexOf("b", 100));
        attempt("indexOf empty from 100", "abcabc", sb -> sb.indexOf("", 100));
        attempt("lastIndexOf from 100", "abcabc", sb -> sb.lastIndexOf("b", 100));
        attempt("lastIndexOf from -1", "abcabc", sb -> sb.lastIndexOf("a", -1));
        attempt("lastIndexOf empty", "abcabc", sb -> sb.lastIndexOf(""));
        attempt("append char[] range", "x", sb -> sb.append("abcdef".toCharArray(), 2, 3));
        attempt("append CharSequence range", "x", sb -> sb.append("abcdef", 2, 4));
        attempt("append null CharSequence range", "x", sb -> sb.append((CharSequence) null, 1, 3));
        attempt("append CharSequence start > end", "x", sb -> sb.append("abcdef", 4, 2));
        attempt("insert char[] range", "xy", sb -> sb.insert(1, "abcdef".toCharArray(), 1, 2));
        attempt("insert CharSequence range", "xy", sb -> sb.insert(1, "abcdef", 1, 2));
        attempt("insert null CharSequence", "xy", sb -> sb.insert(1, (CharSequence) null));
        attempt("insert null char[]", "xy", sb -> sb.insert(1, (char[]) null));
        // charAt and setCharAt out of range are left to RandomStringBuilding (a known difference there).
        attempt("deleteCharAt(length)", "abc", sb -> sb.deleteCharAt(3));
        attempt("delete(1, 100)", "abcdef", sb -> sb.delete(1, 100));
        attempt("delete(4, 2)", "abcdef", sb -> sb.delete(4, 2));
        attempt("delete(7, 8)", "abcdef", sb -> sb.delete(7, 8));
        attempt("delete(6, 6)", "abcdef", sb -> sb.delete(6, 6));
        attempt("isEmpty", "", sb -> sb.isEmpty() + " " + sb.append(' ').isEmpty());
        attempt("compareTo", "abc", sb -> Integer.signum(sb.compareTo(new StringBuilder("abd"))) + " "
                + Integer.signum(sb.compareTo(new StringBuilder("ab"))) + " " + sb.compareTo(new StringBuilder("abc")));
        attempt("contentEquals", "abc", sb -> "abc".contentEquals(sb) + " " + "abc".contentEquals(new StringBuffer("abc"))
                + " " + sb.toString().equals("abc") + " " + sb.equals(new StringBuilder("abc")));
        // StringBuffer behaves the same for each of these.
        StringBuffer buffer = new StringBuffer("buffer");
        buffer.setLength(3);
        buffer.append(1.5f).insert(0, 'x').reverse().setCharAt(0, 'Q');
        buffer.replace(1, 3, "--").deleteCharAt(buffer.length() - 1);
        System.out.println("buffer " + buffer + " " + buffer.length() + " " + buffer.indexOf("-") + " " + buffer.lastIndexOf("u")
                + " " + buffer.subSequence(0, 2) + " " + buffer.chars().sum());
        try {
            buffer.insert(99, "x");
        } catch (RuntimeException e) {
            System.out.println("buffer insert " + e.getClass().getName());
        }
        // A builder as an Appendable and a CharSequence passed to library code.
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 5; n++) {
            sb.append(n).append(',');
        }
        sb.setLength(sb.length() - 1);
        System.out.println("joined " + sb + " " + String.join("|", sb, sb.subSequence(0, 3)) + " " + "x".repeat(3).concat(sb.toString())
                + " " + Integer.signum(CharSequence.compare(sb, "0,1,2")) + " " + sb.chars().filter(Character::isDigit).count());
    }
}
