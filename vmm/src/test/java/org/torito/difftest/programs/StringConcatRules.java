package org.torito.difftest.programs;

/** String concatenation: left-to-right typing (1 + 2 + "a" vs "a" + 1 + 2), char arithmetic vs char appending, null operands, char arrays (valueOf vs concatenation), evaluation order, toString called once. */
public class StringConcatRules {
    static int order;

    static String tick(String s) {
        order++;
        return s + order;
    }

    static class Counting {
        int calls;

        @Override
        public String toString() {
            calls++;
            return "C" + calls;
        }
    }

    static class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    public static void main(String[] args) {
        System.out.println(1 + 2 + "a");
        System.out.println("a" + 1 + 2);
        System.out.println("a" + (1 + 2));
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println('a' + 1 + "x");
        System.out.println("x" + 'a' + 1);
        System.out.println((char) ('a' + 1) + "x");
        char c = 'z';
        System.out.println(c + c);
        System.out.println("" + c + c);
        String nul = null;
        System.out.println(nul + "!" + null);
        Object onull = null;
        System.out.println("obj " + onull);
        System.out.println(nul + nul);
        char[] chars = {'h', 'i'};
        System.out.println(String.valueOf(chars));
        // println(char[]) would print "hi" too, but TeaVM 0.15 lacks PrintStream.println(char[]): the image would not build.
        String viaConcat = "" + chars;
        System.out.println("concat char[] starts with [C@: " + viaConcat.startsWith("[C@"));
        System.out.println("new String(chars): " + new String(chars) + ", valueOf(Object): "
                + String.valueOf((Object) chars).startsWith("[C@"));
        int[] ints = {1};
        System.out.println("int[] starts with [I@: " + ("" + ints).startsWith("[I@"));
        System.out.println("doubles: " + 1.0 + " " + 0.1f + " " + 1e10 + " " + -0.0 + " " + 100.0 / 3);
        System.out.println("longs: " + Long.MIN_VALUE + " " + (byte) 200 + " " + (short) 70000);
        System.out.println("booleans: " + true + false + (1 < 2));
        order = 0;
        String s = tick("a") + tick("b") + tick("c");
        System.out.println("evaluation order: " + s);
        Counting counting = new Counting();
        String once = "x" + counting + counting;
        System.out.println("toString calls: " + once + " calls=" + counting.calls);
        System.out.println("null toString: " + new NullToString());
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder: " + sb + sb.append("!"));
        int i = 5;
        System.out.println("side effects: " + i++ + i + ++i + (i += 10) + i);
        String empty = "";
        System.out.println("[" + empty + empty + "]" + (empty + empty).length());
        String literal = "ab";
        final String fa = "a";
        String a = "a";
        System.out.println("constant folding: " + (literal == fa + "b") + " non-constant equals: " + (a + "b").equals(literal));
        System.out.println("unicode: " + "\u00e9" + '\u4e2d' + "\uD83D\uDE00".length());
        System.out.println("char + int in concat: " + (char) 65 + 66 + (char) 67);
        String s2 = "a";
        s2 += 'b' + 'c';
        System.out.println("s += 'b' + 'c': " + s2);
        Object[] objs = {1, "two", '3', 4.0, null, 5L};
        StringBuilder all = new StringBuilder();
        for (Object o : objs) {
            all.append(o).append(',');
        }
        System.out.println("mixed: " + all);
        long big = Integer.MAX_VALUE;
        System.out.println("int overflow before concat: " + (Integer.MAX_VALUE + 1) + " vs " + (big + 1));
        String longer = "";
        for (int k = 0; k < 12; k++) {
            longer += k % 10;
        }
        System.out.println("loop concat: " + longer);
    }
}
