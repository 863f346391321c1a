package org.torito.vmm.guests;

/**
 * The shape CoreLoop first had (docs/aot-pipeline.md, "TeaVM coroutine bugs"): a method whose
 * suspending call sits in a try block, called (and inlined by TeaVM) in a loop with a flag
 * carried round it, the suspending call an interface call. In CoreLoop, TeaVM 0.15 failed the
 * build with "Variable used before definition". This isolated form compiled, but {@code int p},
 * read from {@code pending} after the sleep, landed in a pointer-typed GC root (bug 3) until
 * RestoredArrayCasts.
 */
public final class SuspendInTryLoopGuest {
    private SuspendInTryLoopGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] pending = {3, 0, 5, 0, 7};
        int round = 0;
        for (;;) {
            boolean ran = false;
            for (int p : pending) {
                if (p != 0) {
                    runOne(p);
                    ran = true;
                }
            }
            if (!ran || ++round == 2) {
                break;
            }
            Thread.sleep(1);
        }
        System.out.println("rounds " + round);
    }

    /** Like CoreTask: the suspending call is an interface call. */
    public interface Job {
        void run(byte[] args) throws Exception;
    }

    public static final class Sleeper implements Job {
        @Override
        public void run(byte[] args) throws Exception {
            Thread.sleep(args[0]);
            System.out.println("ran " + args[0]);
        }
    }

    static Job job(int p) {
        return p < 0 ? null : new Sleeper();
    }

    static void runOne(int p) {
        byte[] args = {(byte) p};
        try {
            job(p).run(args);
        } catch (Throwable t) {
            System.out.println("failed " + p + " " + t.getClass().getName());
        }
    }
}
