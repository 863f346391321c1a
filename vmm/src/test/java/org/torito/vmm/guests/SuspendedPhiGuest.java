package org.torito.vmm.guests;

/**
 * TeaVM 0.15 C coroutine bug (docs/aot-pipeline.md, "TeaVM coroutine bugs"): a value chosen by
 * {@code ?:} after a loop that suspends (Thread.sleep) is used without being computed on the
 * path that leaves the loop, so without Torito's PhiSlots pass it prints garbage instead of
 * "checks: FAILED".
 */
public final class SuspendedPhiGuest {
    private SuspendedPhiGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean allOk = true;
        for (int k = 0; k < 4; k++) {
            Thread.sleep(1);
            allOk &= k != 2;
        }
        System.out.println(allOk ? "checks: ok" : "checks: FAILED");
    }
}
