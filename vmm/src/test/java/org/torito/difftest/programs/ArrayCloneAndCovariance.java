package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.List;

/** Array clones keep the runtime type and are shallow, covariant arrays passed as Object[] (Arrays.asList, fill, varargs), instanceof with interfaces on elements, array class names and component types. */
public class ArrayCloneAndCovariance {
    interface Named {
        String name();
    }

    record Item(String name) implements Named {
    }

    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        Class<?> c = o.getClass();
        String kind = c.isArray() ? "array of " + c.getComponentType().getName() : "not array";
        return c.getName() + " (" + kind + ")";
    }

    static int countNamed(Object[] items) {
        int n = 0;
        for (Object o : items) {
            if (o instanceof Named) {
                n++;
            }
        }
        return n;
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    static int varargCount(Object... xs) {
        return xs == null ? -1 : xs.length;
    }

    public static void main(String[] args) {
        Object[] samples = {new int[0], new int[0][], new String[0], new Item[0], new Named[0], new Object[0][0],
            new char[0], new boolean[1][2][3], new double[0], new Item[0][]};
        for (Object s : samples) {
            System.out.println(describe(s));
        }

        Item[] items = {new Item("a"), new Item("b")};
        Item[] copy = items.clone();
        System.out.println("clone type " + describe(copy) + " same array " + (copy == items)
                + " same elements " + (copy[0] == items[0]));
        copy[0] = new Item("z");
        System.out.println("after write " + items[0].name() + " " + copy[0].name());

        Object[] asObjects = items;
        Object[] clonedThroughObject = asObjects.clone();
        System.out.println("clone through Object[] " + describe(clonedThroughObject)
                + " instanceof Item[] " + (clonedThroughObject instanceof Item[])
                + " instanceof Named[] " + (clonedThroughObject instanceof Named[]));
        attempt("store into clone of covariant", () -> clonedThroughObject[0] = "str");

        int[][] grid = {{1, 2}, {3, 4}};
        int[][] gridCopy = grid.clone();
        gridCopy[0][0] = 100;
        gridCopy[1] = new int[] {7, 7};
        System.out.println("shallow 2-D clone " + Arrays.deepToString(grid) + " " + Arrays.deepToString(gridCopy));

        Named[] mixed = new Named[] {new Item("x"), null, new Item("y"), () -> "lambda"};
        System.out.println("countNamed " + countNamed(mixed) + " " + countNamed(items) + " " + countNamed(new Object[] {"s", 1}));

        List<Object> view = Arrays.asList((Object[]) new String[] {"p", "q"});
        attempt("asList set wrong type", () -> view.set(0, 5));
        attempt("asList set right type", () -> view.set(1, "r"));
        System.out.println("view " + view);
        attempt("fill covariant", () -> Arrays.fill((Object[]) new Integer[3], "no"));
        attempt("fill covariant null", () -> Arrays.fill((Object[]) new Integer[3], null));

        System.out.println("varargs " + varargCount() + " " + varargCount((Object[]) null) + " " + varargCount((Object) null)
                + " " + varargCount(items) + " " + varargCount((Object) items) + " " + varargCount(1, "2"));

        Object o = new Item[][] {{new Item("n")}};
        System.out.println("Object[] " + (o instanceof Object[]) + " Object[][] " + (o instanceof Object[][])
                + " Named[][] " + (o instanceof Named[][]) + " Record[][] " + (o instanceof Record[][])
                + " Comparable[][] " + (o instanceof Comparable<?>[][]));
        Object prim = new long[2][];
        System.out.println("long[][] is Object[] " + (prim instanceof Object[]) + " long[] element " + (((Object[]) prim)[0] == null));

        char[] chars = "hello".toCharArray();
        char[] cc = chars.clone();
        Arrays.sort(cc);
        System.out.println(new String(chars) + " " + new String(cc) + " equals " + Arrays.equals(chars, cc));
        Object[] empty = new String[0];
        System.out.println("empty clone " + (empty.clone() != empty) + " " + describe(empty.clone()));
    }
}
