package org.torito.vmm.guests;

/**
 * TeaVM 0.15 C coroutine bug 3 (docs/aot-pipeline.md, "TeaVM coroutine bugs"): in a method
 * that suspends, an element read from a primitive array that was live across the suspension
 * got a reference type in the generated C (the array comes back from the fiber typed as an
 * object). Here {@code x / 1000} on a long element made gcc reject a pointer division; where
 * nothing makes gcc object, the long was registered as a GC root. Right with RestoredArrayCasts.
 */
public final class SuspendedArrayGuest {
    private SuspendedArrayGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] slept = new long[4];
        for (int i = 0; i < slept.length; i++) {
            Thread.sleep(1);
            slept[i] = i * 1_000_000L + 7_000;
        }
        StringBuilder line = new StringBuilder("slept:");
        for (long x : slept) {
            line.append(' ').append(x / 1000);
        }
        System.out.println(line);
    }
}
