package org.torito.vmm.machine;

/** A MARK hypercall: which core sent it, the mark id, the guest's TSC, and the host's System.nanoTime() at the exit. */
public record BootMark(int core, long id, long guestTsc, long hostNanos) {
    public static final long ENTRY = 1;
    public static final long MAIN = 2;
}
