package org.torito.vmm.guests;

import org.torito.guest.Kernel;
import org.torito.guest.kernel.CoreIdle;
import org.torito.guest.kernel.Waitable;

/**
 * A thread parked on the core's waitables with a deadline (as a network loop waits for a frame
 * or its next timer) must let a thread that became runnable run first, and must itself wake at
 * its deadline: the loop parks, wakes, and parks again until the other thread has run. Prints
 * how many times the parked thread woke before the other ran (it gives up after 1000: a parked
 * thread that wakes at once, over and over, starves the other for good).
 */
public final class ParkedDeadlineGuest {
    private static volatile boolean otherRan;

    private ParkedDeadlineGuest() {
    }

    public static void main(String[] args) throws Exception {
        Waitable never = new Waitable() {
            @Override
            public boolean ready() {
                return false;
            }

            @Override
            public void idle(boolean idle) {
            }
        };
        Thread other = new Thread(() -> otherRan = true);
        other.start();
        int wakeUps = 0;
        while (!otherRan && wakeUps < 1000) {
            CoreIdle.await(new Waitable[] {never}, Kernel.uptimeNanos() + 20_000_000L);
            wakeUps++;
        }
        System.out.println("the other thread ran after " + wakeUps + " wake-up(s) of the parked one");
        long parked = Kernel.uptimeNanos();
        CoreIdle.await(new Waitable[] {never}, parked + 30_000_000L);
        long slept = Kernel.uptimeNanos() - parked;
        System.out.println("a lone park lasted until its deadline: " + (slept >= 30_000_000L));
    }
}
