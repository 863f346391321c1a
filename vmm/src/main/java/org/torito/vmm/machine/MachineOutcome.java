package org.torito.vmm.machine;

import java.util.List;

/**
 * How a run ended. {@code exitCode} is what the monitor process should exit with (the
 * guest's EXIT code & 0xFF, 70 for a guest failure, 71 for a monitor failure). {@code reason}
 * is one line. {@code exitCodeSegment} is the CS selector at the EXIT hypercall, -1 when
 * the guest did not call EXIT (its low two bits are the CPL). {@code marks} are the MARK
 * hypercalls in arrival order; {@code tscHz} is the guest TSC frequency they are counted in
 * (0 when no guest ran). {@code exits} counts, per core, the times KVM_RUN returned to the
 * monitor for the guest (hypercalls, faults; not the monitor's own stop kicks): what a
 * benchmark wants to keep near zero. Empty when no guest ran.
 */
public record MachineOutcome(int exitCode, String reason, int exitCodeSegment, List<BootMark> marks, long tscHz,
                             List<Long> exits) {
    public MachineOutcome {
        marks = List.copyOf(marks);
        exits = List.copyOf(exits);
    }

    /** User-space exits core {@code core} took. */
    public long exits(int core) {
        return exits.get(core);
    }

    /**
     * Guest time from its entry to just before main, in milliseconds, from core 0's own TSC
     * marks (so no exit cost is counted); -1 when the guest did not send both marks.
     */
    public double entryToMainMillis() {
        Long entry = null;
        Long main = null;
        for (BootMark mark : marks) {
            if (mark.core() != 0) {
                continue;
            }
            if (mark.id() == BootMark.ENTRY) {
                entry = mark.guestTsc();
            } else if (mark.id() == BootMark.MAIN) {
                main = mark.guestTsc();
            }
        }
        if (entry == null || main == null || tscHz <= 0) {
            return -1;
        }
        return (main - entry) * 1000.0 / tscHz;
    }
}
