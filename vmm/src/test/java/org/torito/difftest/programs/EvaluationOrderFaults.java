package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** JLS evaluation order when an operation fails: arguments before a null receiver's NPE, array reference, index and right-hand side before the null/bounds check, compound assignments, field stores on null, operands before a division by zero, static members through null references. */
public class EvaluationOrderFaults {
    static final List<String> LOG = new ArrayList<>();

    static int field = 1;
    int instanceField;

    static <T> T log(String what, T value) {
        LOG.add(what);
        return value;
    }

    static int logInt(String what, int value) {
        LOG.add(what);
        return value;
    }

    static EvaluationOrderFaults nothing() {
        LOG.add("receiver");
        return null;
    }

    static int[] noArray() {
        LOG.add("array");
        return null;
    }

    int method(int a, int b) {
        return a + b;
    }

    static String staticMethod() {
        return "static via instance expression";
    }

    interface Step {
        void run();
    }

    static void attempt(String title, Step step) {
        LOG.clear();
        String outcome;
        try {
            step.run();
            outcome = "ok";
        } catch (RuntimeException e) {
            outcome = e.getClass().getName();
        }
        System.out.println(title + ": " + String.join(" ", LOG) + " -> " + outcome);
    }

    public static void main(String[] args) {
        attempt("call on null receiver", () -> nothing().method(logInt("arg1", 1), logInt("arg2", 2)));
        attempt("field store on null", () -> nothing().instanceField = logInt("rhs", 3));
        attempt("field compound on null", () -> nothing().instanceField += logInt("rhs", 3));
        attempt("field read on null", () -> LOG.add("value " + nothing().instanceField));
        attempt("array store on null", () -> noArray()[logInt("index", 0)] = logInt("rhs", 5));
        attempt("array compound on null", () -> noArray()[logInt("index", 0)] += logInt("rhs", 5));
        int[] small = new int[2];
        attempt("array store out of bounds", () -> log("arr", small)[logInt("index", 7)] = logInt("rhs", 5));
        attempt("array compound out of bounds", () -> log("arr", small)[logInt("index", -1)] += logInt("rhs", 5));
        attempt("array read out of bounds", () -> LOG.add("value " + log("arr", small)[logInt("index", 2)] + logInt("after", 0)));
        Object[] strings = new String[1];
        attempt("array store wrong type", () -> log("arr", strings)[logInt("index", 0)] = log("rhs", Integer.valueOf(1)));
        attempt("array store wrong type and index", () -> log("arr", strings)[logInt("index", 4)] = log("rhs", Integer.valueOf(1)));
        attempt("divide by zero", () -> LOG.add("value " + (logInt("left", 10) / logInt("right", 0) + logInt("after", 1))));
        attempt("remainder by zero", () -> LOG.add("value " + (logInt("left", 10L > 0 ? 10 : 0) % logInt("right", 0))));
        attempt("long divide by zero", () -> LOG.add("value " + (log("left", 10L) / log("right", 0L))));
        attempt("compound divide by zero", () -> {
            int[] a = {8};
            a[logInt("index", 0)] /= logInt("divisor", 0);
        });
        attempt("unbox null argument", () -> {
            Integer n = log("boxed", null);
            EvaluationOrderFaults o = new EvaluationOrderFaults();
            o.method(logInt("first", 1), n);
        });
        attempt("unbox null in comparison", () -> {
            Integer n = null;
            LOG.add("cmp " + (logInt("left", 1) < n));
        });
        attempt("switch on null string", () -> {
            String s = log("selector", null);
            switch (s) {
                case "a" -> LOG.add("a");
                default -> LOG.add("default");
            }
        });
        attempt("switch on null enum", () -> {
            Thread.State st = log("selector", null);
            switch (st) {
                case NEW -> LOG.add("new");
                default -> LOG.add("default");
            }
        });
        attempt("new array with negative size", () -> LOG.add("len " + new int[logInt("size", -1)][logInt("inner", 2)].length));
        attempt("multi array second dimension negative", () -> LOG.add("len " + new int[logInt("size", 2)][logInt("inner", -2)].length));
        attempt("cast failure after evaluation", () -> LOG.add("cast " + ((String) log("operand", (Object) 5)).length()));
        attempt("string concat with throwing operand", () -> LOG.add("s " + logInt("a", 1) + noArray()[0] + logInt("b", 2)));
        attempt("static via null reference", () -> {
            EvaluationOrderFaults n = nothing();
            @SuppressWarnings("static-access")
            String s = n.staticMethod();
            LOG.add(s);
            @SuppressWarnings("static-access")
            int f = n.field;
            LOG.add("field " + f);
        });
        attempt("assignment then throw keeps value", () -> {
            int[] box = {0};
            try {
                box[0] = logInt("first", 1) + noArray()[0];
            } finally {
                LOG.add("box " + box[0]);
            }
        });
        attempt("increment before throw is kept", () -> {
            try {
                field = field++ + noArray().length;
            } finally {
                LOG.add("field " + field);
            }
        });
        attempt("conditional and short-circuits", () -> {
            int[] none = null;
            boolean b = none != null && none[0] == 1 || logInt("right", 1) == 1;
            LOG.add("result " + b);
        });
        attempt("receiver evaluated once in compound", () -> {
            int[] a = {1, 2};
            log("arr", a)[logInt("i", 1)] *= logInt("k", 10);
            LOG.add("a1 " + a[1]);
        });
    }
}
