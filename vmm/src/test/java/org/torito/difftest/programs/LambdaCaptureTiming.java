package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** When lambdas and method references capture: locals and loop variables by value, fields and array elements read at call time, bound receivers evaluated (and null-checked) when the reference is created. */
public class LambdaCaptureTiming {
    int field = 1;
    static int staticField = 10;
    static final List<String> log = new ArrayList<>();

    static class Holder {
        String value;

        Holder(String value) {
            this.value = value;
        }

        String get() {
            return value;
        }
    }

    static Holder make(String v) {
        log.add("make " + v);
        return new Holder(v);
    }

    IntSupplier fieldReader() {
        return () -> field;
    }

    IntSupplier fieldCopy() {
        int copy = field;
        return () -> copy;
    }

    public static void main(String[] args) {
        List<IntSupplier> fromFor = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int captured = i * i;
            fromFor.add(() -> captured);
        }
        List<Supplier<String>> fromForEach = new ArrayList<>();
        for (String s : new String[] {"x", "y", "z"}) {
            fromForEach.add(() -> s + s);
        }
        StringBuilder sb = new StringBuilder();
        for (IntSupplier f : fromFor) {
            sb.append(f.getAsInt()).append(' ');
        }
        for (Supplier<String> f : fromForEach) {
            sb.append(f.get()).append(' ');
        }
        System.out.println("loops " + sb);

        LambdaCaptureTiming t = new LambdaCaptureTiming();
        IntSupplier reader = t.fieldReader();
        IntSupplier copy = t.fieldCopy();
        t.field = 2;
        System.out.println("field read at call " + reader.getAsInt() + " copied " + copy.getAsInt());

        IntSupplier stat = () -> staticField;
        staticField = 20;
        System.out.println("static " + stat.getAsInt());

        int[] cell = {5};
        IntSupplier cellReader = () -> cell[0];
        cell[0] = 6;
        System.out.println("array cell " + cellReader.getAsInt());

        Holder h = make("first");
        Supplier<String> bound = h::get;
        Supplier<String> lambda = () -> h.get();
        h.value = "changed";
        System.out.println("bound " + bound.get() + " lambda " + lambda.get());

        log.clear();
        Supplier<String> boundToCall = make("eager")::get;
        log.add("after creating reference");
        Supplier<String> lazyCall = () -> make("lazy").get();
        log.add("after creating lambda");
        System.out.println(boundToCall.get() + " " + lazyCall.get() + " " + lazyCall.get());
        System.out.println(log);

        Holder nothing = null;
        try {
            Supplier<String> s = nothing::get;
            System.out.println("created " + (s != null));
        } catch (NullPointerException e) {
            System.out.println("bound null receiver: NullPointerException at creation");
        }
        Supplier<String> deferred = () -> nothing.get();
        try {
            deferred.get();
        } catch (NullPointerException e) {
            System.out.println("lambda null receiver: NullPointerException at call");
        }

        String prefix = "p-";
        Supplier<Supplier<String>> nested = () -> {
            String inner = prefix + "inner";
            return () -> inner + "/" + prefix.length();
        };
        System.out.println(nested.get().get());

        Runnable[] counters = new Runnable[3];
        int[] total = {0};
        for (int i = 0; i < counters.length; i++) {
            final int step = i + 1;
            counters[i] = () -> total[0] += step;
        }
        for (int round = 0; round < 2; round++) {
            for (Runnable r : counters) {
                r.run();
            }
        }
        System.out.println("total " + total[0]);

        StringBuilder shared = new StringBuilder();
        Supplier<String> append = () -> shared.append("+").toString();
        System.out.println(append.get() + append.get() + " " + shared);
    }
}
