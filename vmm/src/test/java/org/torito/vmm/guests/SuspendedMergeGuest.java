package org.torito.vmm.guests;

/**
 * Regression guest for the TeaVM 0.15 coroutine bug route-around (docs/aot-pipeline.md, "TeaVM
 * coroutine bugs"): values of every kind merged by phis inside a sleeping loop, then read two or
 * more blocks after the sleep, in the loop and after it, and in an exception handler.
 */
public final class SuspendedMergeGuest {
    private SuspendedMergeGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        int sum = 0;
        long product = 1;
        double mean = 0;
        float scale = 1f;
        String label = "none";
        boolean sawNegative = false;
        for (int k = 0; k < 6; k++) {
            Thread.sleep(1);
            int v = k % 2 == 0 ? k * 3 : -k;
            if (v > 4) {
                label = "big" + k;
            } else if (v < 0) {
                label = "neg" + k;
                sawNegative = true;
            }
            sum += v;
            product *= v == 0 ? 1 : v;
            mean = sum / (double) (k + 1);
            scale = sawNegative ? scale * 0.5f : scale + 1f;
            int stage = 0;
            try {
                stage = 1;
                Thread.sleep(1);
                stage = v;
                if (k == 4) {
                    throw new IllegalStateException("round " + k);
                }
                stage = 3;
            } catch (IllegalStateException e) {
                if (stage > 0) {
                    System.out.println("caught " + e.getMessage() + " at stage " + stage);
                }
            }
            if (k == 3) {
                if (sum > 0) {
                    System.out.println("mid " + label + " " + sum + " " + product + " " + scale);
                } else {
                    System.out.println("mid nonpositive " + sum);
                }
            }
        }
        String verdict = sum > 5 ? "high" : "low";
        if (product < 0) {
            System.out.println("product negative " + product);
        } else {
            System.out.println("product " + product);
        }
        System.out.println(label + " " + verdict + " " + sum + " " + mean + " " + scale + " " + sawNegative);
    }
}
