package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Heap pollution through raw types and unchecked casts: where the ClassCastException happens (the first use that needs the type: assignment, method call on the element, unboxing) and where it does not (Object contexts, concatenation, equals, generic T[] from varargs). */
public class HeapPollutionSites {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (ClassCastException e) {
            System.out.println(label + ": ClassCastException");
        }
    }

    @SafeVarargs
    static <T> T[] arrayOf(T... xs) {
        return xs;
    }

    static <T> T[] pair(T a, T b) {
        return arrayOf(a, b);
    }

    static <T> T first(List<T> l) {
        return l.get(0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<String> polluted() {
        List raw = new ArrayList();
        raw.add("fine");
        raw.add(42);
        raw.add(null);
        return raw;
    }

    static int count;

    public static void main(String[] args) {
        List<String> strings = polluted();
        System.out.println("size " + strings.size() + " toString " + strings);
        attempt("Object context", () -> {
            Object o = strings.get(1);
            System.out.println("got " + o);
        });
        attempt("concatenation", () -> System.out.println("concat " + strings.get(1)));
        attempt("String.valueOf(Object)", () -> System.out.println("valueOf " + String.valueOf((Object) strings.get(1))));
        attempt("equals argument", () -> System.out.println("equals " + "42".equals(strings.get(1))));
        attempt("assignment", () -> {
            String s = strings.get(1);
            count += s == null ? 0 : 1;
        });
        attempt("method call", () -> System.out.println(strings.get(1).length()));
        attempt("null element", () -> {
            String s = strings.get(2);
            System.out.println("null passes " + (s == null));
        });
        attempt("for-each", () -> {
            StringBuilder sb = new StringBuilder();
            for (String s : strings) {
                sb.append(s).append(';');
            }
            System.out.println(sb);
        });
        attempt("for-each Object", () -> {
            StringBuilder sb = new StringBuilder();
            for (Object s : strings) {
                sb.append(s).append(';');
            }
            System.out.println(sb);
        });
        attempt("generic helper then assign", () -> {
            List<String> l = polluted().subList(1, 2);
            String s = first(l);
            System.out.println(s);
        });
        attempt("sort", () -> {
            List<String> l = polluted();
            l.remove(2);
            l.sort(Comparator.naturalOrder());
            System.out.println(l);
        });
        attempt("TreeMap key", () -> {
            @SuppressWarnings({"rawtypes", "unchecked"})
            Map<String, Integer> m = (Map) new TreeMap<>();
            m.put("a", 1);
            ((Map) m).put(2, 2);
            System.out.println(m);
        });
        attempt("unboxing", () -> {
            @SuppressWarnings({"rawtypes", "unchecked"})
            List<Integer> ints = (List) new ArrayList<>(List.of(1, "two"));
            int sum = 0;
            for (int i = 0; i < ints.size(); i++) {
                sum += ints.get(i);
            }
            System.out.println(sum);
        });

        attempt("varargs T[] of Strings", () -> {
            String[] arr = arrayOf("a", "b");
            System.out.println(arr.getClass().getSimpleName() + " " + Arrays.toString(arr));
        });
        attempt("generic T[] through pair", () -> {
            Object[] objs = pair("x", "y");
            System.out.println("pair as Object[] " + objs.getClass().getSimpleName());
            String[] arr = pair("x", "y");
            System.out.println("pair as String[] " + arr.length);
        });
        attempt("unchecked array cast", () -> {
            @SuppressWarnings("unchecked")
            List<String>[] lists = (List<String>[]) new List<?>[1];
            Object[] asObjects = lists;
            asObjects[0] = List.of(5);
            Object first = lists[0].get(0);
            System.out.println("element " + first);
            String s = lists[0].get(0);
            System.out.println(s);
        });
        System.out.println("count " + count);
    }
}
