package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Java's left-to-right evaluation of operands (JLS 15.7) in methods that suspend: each
 * expression has operands that call Thread.sleep (a suspension point of TeaVM's coroutines) and
 * operands that log, and every line prints the order the operands ran in. The pipeline keeps
 * Java's order only in methods that do not suspend (docs/aot-pipeline.md, "Evaluation order of
 * operands"), so this program is in DiffSuite.KNOWN_TO_DIFFER.
 */
public class SuspendingEvaluationOrder {
    static final List<String> log = new ArrayList<>();
    static int counter;

    static int step(String name) {
        log.add(name);
        return ++counter;
    }

    static int sleepy(String name) throws InterruptedException {
        Thread.sleep(1);
        log.add(name);
        return ++counter;
    }

    static String pair(int a, int b) {
        return a + "," + b;
    }

    static String triple(int a, int b, int c) {
        return a + "," + b + "," + c;
    }

    record Point(int x, int y) {
    }

    static void show(String what, Object value) {
        System.out.println(what + " = " + value + " order " + log);
        log.clear();
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (InterruptedException e) {
            System.out.println("interrupted");
        }
    }

    static void run() throws InterruptedException {
        show("pair(step, sleepy)", pair(step("a"), sleepy("b")));
        show("pair(sleepy, step)", pair(sleepy("a"), step("b")));
        show("triple(step, sleepy, step)", triple(step("a"), sleepy("b"), step("c")));
        show("step - sleepy", step("a") - sleepy("b"));
        show("sleepy * step + step", sleepy("a") * step("b") + step("c"));
        show("step / sleepy", step("a") / sleepy("b"));
        show("step % sleepy", step("a") % sleepy("b"));
        show("new Point(step, sleepy)", new Point(step("x"), sleepy("y")));
        int[] array = new int[8];
        array[step("index") % 8] = sleepy("value");
        show("array[step] = sleepy", array[counter % 8 == 0 ? 0 : (counter - 1) % 8]);
        show("step < sleepy", step("a") < sleepy("b"));
        StringBuilder text = new StringBuilder();
        text.append(step("a")).append(sleepy("b")).append(step("c"));
        show("append chain", text);
        show("concat", "" + step("a") + sleepy("b") + step("c"));
        for (int i = 0; i < 3; i++) {
            show("loop " + i, pair(step("l" + i), sleepy("r" + i)));
        }
    }
}
