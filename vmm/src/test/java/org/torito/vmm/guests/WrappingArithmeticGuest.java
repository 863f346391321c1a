package org.torito.vmm.guests;

/**
 * Java's int and long arithmetic wraps; C's signed arithmetic has undefined overflow, and gcc
 * at -O2 folds {@code a - b < 0} into {@code a < b}. TeaVM emits Java arithmetic as plain C
 * on int32_t/int64_t, so without {@code -fwrapv} the TCP sequence comparison below goes wrong
 * once sequence numbers pass 2^31, and a guest's download stalled there. The values come from
 * the argument count so that the compiler cannot fold them. Prints what HotSpot prints.
 */
public final class WrappingArithmeticGuest {

    private WrappingArithmeticGuest() {
    }

    /** TCP's "a before b" in sequence space (RFC 9293 3.4), as the guest's stack writes it. */
    private static boolean before(int a, int b) {
        return a - b < 0;
    }

    public static void main(String[] args) {
        int near = Integer.MAX_VALUE - 5 + args.length;
        int past = near + 10; // wraps to a negative number
        int steps = 0;
        for (int i = near; i > 0 && steps < 100; i++) {
            steps++;
        }
        long big = Long.MAX_VALUE - args.length;
        int divisor = -1 - args.length;
        System.out.println("before " + before(near, past) + " " + before(past, near) + ", steps " + steps
                + ", long " + (big + 1 < big) + ", div " + (Integer.MIN_VALUE / divisor) + " " + (Long.MIN_VALUE / divisor));
    }
}
