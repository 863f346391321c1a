package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exceptions the runtime raises by itself: NPE, array bounds, division by zero, bad casts,
 * negative array sizes, and library ones. Only class names are printed; messages where the
 * two runtimes agree are listed in docs/differential-suite.md.
 */
public class RuntimeFaults {
    interface Action {
        Object run() throws Exception;
    }

    static int zero = 0;
    static long zeroL = 0;
    static Object nullObject = null;
    static int[] nullArray = null;

    static void attempt(String what, Action action) {
        try {
            Object result = action.run();
            System.out.println(what + ": no exception, result " + result);
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    static String sizeOf(int n) {
        return "len " + new int[n].length;
    }

    public static void main(String[] args) {
        attempt("int div by zero", () -> 10 / zero);
        attempt("int rem by zero", () -> 10 % zero);
        attempt("long div by zero", () -> 10L / zeroL);
        attempt("long rem by zero", () -> 10L % zeroL);
        attempt("double div by zero", () -> 10.0 / zero);
        attempt("null method call", () -> nullObject.toString());
        attempt("null field read", () -> ((Holder) nullObject).value);
        attempt("null field write", () -> ((Holder) nullObject).value = 3);
        attempt("null array length", () -> nullArray.length);
        attempt("null array load", () -> nullArray[0]);
        attempt("null array store", () -> nullArray[0] = 1);
        attempt("null unboxing", () -> {
            Integer boxed = (Integer) nullObject;
            return boxed + 1;
        });
        attempt("null throw", () -> {
            throw (RuntimeException) nullObject;
        });
        attempt("null synchronized", () -> {
            synchronized (nullObject) {
                return 1;
            }
        });
        attempt("null string switch", () -> {
            String s = (String) nullObject;
            switch (s) {
                case "a":
                    return 1;
                default:
                    return 2;
            }
        });
        attempt("array index -1", () -> new int[3][-1 + zero]);
        attempt("array index length", () -> new long[3][3 + zero].length); // not the array: its toString has an identity hash
        attempt("array store index", () -> { Object[] a = new Object[2]; a[2 + zero] = "x"; return a; });
        attempt("string index", () -> "abc".charAt(3 + zero));
        attempt("negative array size", () -> sizeOf(-1 + zero));
        attempt("negative multi array size", () -> new int[2][-5 + zero]);
        attempt("zero array size", () -> sizeOf(zero));
        attempt("class cast", () -> (String) (Object) Integer.valueOf(1));
        attempt("class cast array", () -> (String[]) (Object) new Object[1]);
        attempt("class cast interface", () -> (Runnable) (Object) "s");
        attempt("covariant array store", () -> { Object[] a = new String[1]; a[0] = 1 + zero; return a[0]; });
        attempt("covariant array store, fitting value", () -> { Object[] a = new String[1]; a[0] = "s"; return a[0]; });
        attempt("list index", () -> new ArrayList<>(List.of(1)).get(1));
        attempt("immutable list", () -> List.of(1).add(2));
        attempt("iterator exhausted", () -> List.of().iterator().next());
        attempt("ArrayList iterator exhausted", () -> {
            java.util.Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
            it.next();
            return it.next();
        });
        attempt("remove second-to-last while iterating", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            StringBuilder seen = new StringBuilder();
            for (Integer v : l) {
                seen.append(v);
                if (v == 2) {
                    l.remove(v);
                }
            }
            return seen + " " + l;
        });
        attempt("remove first while iterating", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer v : l) {
                if (v == 1) {
                    l.remove(v);
                }
            }
            return l;
        });
        attempt("iterator remove twice", () -> {
            java.util.Iterator<Integer> it = new ArrayList<>(List.of(1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
            return it;
        });
        attempt("list iterator bad start", () -> new ArrayList<>(List.of(1)).listIterator(3));
        attempt("number format", () -> Integer.parseInt("x1"));
        attempt("enum valueOf", () -> Thread.State.valueOf("NOPE"));
        attempt("checked custom", () -> {
            throw new java.io.IOException("io");
        });
        attempt("requireNonNull", () -> java.util.Objects.requireNonNull(nullObject));
        attempt("assertion off", () -> {
            assert zero == 1 : "assertions are disabled";
            return "fine";
        });
        // Messages HotSpot and TeaVM agree on (checked here; see docs for the ones that differ).
        try {
            System.out.println(10 / zero);
        } catch (ArithmeticException e) {
            System.out.println("message of / by zero: " + e.getMessage());
        }
        try {
            Integer.parseInt("x1");
        } catch (NumberFormatException e) {
            System.out.println("message of parseInt: " + e.getMessage());
        }
    }

    static class Holder {
        int value;
    }
}
