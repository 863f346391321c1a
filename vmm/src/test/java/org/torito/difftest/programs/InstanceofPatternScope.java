package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** instanceof patterns: binding scope through &&, ||, negation and early return, shadowing fields, patterns in loops and ternaries; `var` locals including anonymous class types and intersection-free inference. */
public class InstanceofPatternScope {
    static String s = "field s";

    record Box(Object content) {
    }

    static String describe(Object o) {
        if (o instanceof String s && s.length() > 3) {
            return "long string " + s;
        }
        if (o instanceof String s) {
            return "short string " + s.toUpperCase();
        }
        if (!(o instanceof Integer i)) {
            return "not an integer, field is " + s;
        }
        return "integer doubled " + (i * 2);
    }

    static String either(Object a, Object b) {
        if (!(a instanceof Number n) || n.intValue() < 0) {
            return "a rejected";
        }
        return "a ok " + n.intValue() + (b instanceof CharSequence cs && cs.length() == n.intValue() ? " matching" : " not matching");
    }

    static int sumInts(List<Object> items) {
        int total = 0;
        for (Object o : items) {
            if (!(o instanceof Integer v)) {
                continue;
            }
            total += v;
        }
        return total;
    }

    static String loopUntil(Object start) {
        Object cur = start;
        int depth = 0;
        while (cur instanceof Box b) {
            cur = b.content();
            depth++;
        }
        return "depth " + depth + " leaf " + cur;
    }

    static String generic(Object o) {
        if (o instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String first) {
            return "list starting with " + first + " size " + list.size();
        }
        return o instanceof List<?> l ? "other list size " + l.size() : "not a list";
    }

    public static void main(String[] args) {
        Object[] values = {"hi", "hello", 21, 2.5, null};
        for (Object v : values) {
            System.out.println(v + " -> " + describe(v));
        }
        System.out.println(either(3, "abc"));
        System.out.println(either(3, "ab"));
        System.out.println(either(-1, "ab"));
        System.out.println(either("x", "ab"));
        System.out.println(either(2L, new StringBuilder("xy")));
        List<Object> items = new ArrayList<>(List.of(1, "2", 3, 4.0, 5));
        items.add(null);
        System.out.println("sumInts: " + sumInts(items));
        System.out.println(loopUntil(new Box(new Box(new Box("core")))));
        System.out.println(loopUntil("plain"));
        System.out.println(generic(List.of("a", "b")));
        System.out.println(generic(List.of(1, 2, 3)));
        System.out.println(generic(List.of()));
        System.out.println(generic("x"));
        System.out.println("null instanceof: " + (null instanceof Object) + " " + (values[4] instanceof String));

        var list = new ArrayList<String>();
        list.add("v");
        var n = 10;
        var l = 10L;
        var d = n / 4;
        var ch = 'a';
        ch += 1;
        System.out.println("var types: " + list + " " + (n / 4.0) + " " + (l * Integer.MAX_VALUE) + " " + d + " " + ch);
        var point = new Object() {
            int x = 1;
            int y = 2;

            int sum() {
                return x + y;
            }

            @Override
            public String toString() {
                return "P(" + x + "," + y + ")";
            }
        };
        point.x += 40;
        System.out.println("anonymous var: " + point + " sum " + point.sum());
        var pairs = new ArrayList<Object>();
        for (var i = 0; i < 3; i++) {
            var entry = new Object() {
                final int key = pairs.size();
                final String label = "e" + key;
            };
            pairs.add(entry.label + "=" + entry.key);
        }
        System.out.println("var in loop: " + pairs);
        for (var e : List.of("p", "q")) {
            System.out.print(e.toUpperCase());
        }
        System.out.println();
        var arr = new int[][] {{1, 2}, {3}};
        System.out.println("var array: " + arr.length + " " + arr[0].length + " " + arr[1][0]);
        Object o = 42;
        String r = o instanceof Integer i && i > 40 ? "big " + i : "small";
        System.out.println("ternary pattern: " + r);
        if (o instanceof Integer i) {
            i = i + 1;
            System.out.println("binding is assignable: " + i + " original " + o);
        }
    }
}
