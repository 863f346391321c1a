package org.torito.difftest.programs;

/** String identity the JLS specifies: literals and constant expressions are interned (also across classes and with final constant variables), strings computed at run time are new objects, switch/equals compare contents. */
public class StringIdentityRules {
    static final String CONST = "hello";
    static final String COMPOUND = "hel" + "lo";
    static final int NUMBER = 42;
    static String nonFinal = "hello";

    static class Other {
        static final String SAME = "hello";
        static final String NUMBERED = "n" + NUMBER;
        static final String CHARRED = "c" + 'x' + 1 + true + 1.5;
    }

    interface Constants {
        String IFACE = "hello";
    }

    static String computed(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        String lit = "hello";
        System.out.println("literal == literal: " + (lit == "hello"));
        System.out.println("literal == static final: " + (lit == CONST));
        System.out.println("literal == folded constant: " + (lit == COMPOUND));
        System.out.println("literal == other class constant: " + (lit == Other.SAME));
        System.out.println("literal == interface constant: " + (lit == Constants.IFACE));
        System.out.println("literal == non-final static: " + (lit == nonFinal));
        System.out.println("folded with int constant: " + (Other.NUMBERED == "n42"));
        System.out.println("folded with char/int/boolean/double: " + (Other.CHARRED == "cx1true1.5") + " " + Other.CHARRED);
        final String fin = "hel";
        String notFin = "hel";
        System.out.println("final local + literal: " + ((fin + "lo") == lit));
        System.out.println("non-final local + literal: " + ((notFin + "lo") == lit) + " equals " + (notFin + "lo").equals(lit));
        String runtime = computed("hel", "lo");
        System.out.println("computed == literal: " + (runtime == lit) + " equals " + runtime.equals(lit));
        System.out.println("two computations ==: " + (computed("a", "b") == computed("a", "b")));
        String fresh = new String("hello");
        System.out.println("new String == literal: " + (fresh == lit) + " equals " + fresh.equals(lit));
        System.out.println("new String == new String: " + (new String(lit) == new String(lit)));
        StringBuilder sb = new StringBuilder("hel").append("lo");
        System.out.println("builder toString == literal: " + (sb.toString() == lit) + " toString() == toString() " + (sb.toString() == sb.toString()));
        System.out.println("toString of String is itself: " + (lit.toString() == lit));
        System.out.println("valueOf(String) is itself: " + (String.valueOf((Object) lit) == lit));
        char[] chars = {'h', 'e', 'l', 'l', 'o'};
        System.out.println("new String(char[]) == literal: " + (new String(chars) == lit));
        String empty1 = "";
        String empty2 = new String();
        System.out.println("empty literal vs new String(): " + (empty1 == empty2) + " " + empty1.equals(empty2) + " " + empty2.isEmpty());
        String swSelector = computed("hel", "lo");
        String result = switch (swSelector) {
            case "hello" -> "switch matched computed string";
            default -> "switch missed";
        };
        System.out.println(result);
        System.out.println("literal in ternary: " + ((NUMBER > 0 ? "hello" : "bye") == lit));
        String concatConst = CONST + NUMBER;
        System.out.println("static final + int constant folded: " + (concatConst == "hello42"));
        String unicode = "\u0068ello";
        System.out.println("unicode escape literal identical: " + (unicode == lit));
        String textBlock = """
            hello""";
        System.out.println("text block literal identical: " + (textBlock == lit));
    }
}
