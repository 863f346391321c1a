package org.torito.vmm.machine;

import java.util.List;

/**
 * How a run ended. {@code exitCode} is what the monitor process should exit with (the
 * guest's EXIT code & 0xFF, 70 for a guest failure, 71 for a monitor failure). {@code reason}
 * is one line. {@code exitCodeSegment} is the CS selector at the EXIT hypercall, -1 when
 * the guest did not call EXIT (its low two bits are the CPL). {@code marks} are the MARK
 * hypercalls in arrival order.
 */
public record MachineOutcome(int exitCode, String reason, int exitCodeSegment, List<BootMark> marks) {
    public MachineOutcome {
        marks = List.copyOf(marks);
    }
}
