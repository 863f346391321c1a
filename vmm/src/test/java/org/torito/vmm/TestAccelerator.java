package org.torito.vmm;

import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.accel.Accelerators;

/**
 * Which accelerator this test run's VMs get: the one {@code auto} picks here (KVM where
 * /dev/kvm opens, else the process backend), or the one the torito.accelerator property names
 * (scripts/test runs the VM tests once more on the process backend where KVM exists).
 */
public final class TestAccelerator {
    private static AcceleratorKind current;

    private TestAccelerator() {
    }

    public static synchronized AcceleratorKind current() {
        if (current == null) {
            current = Accelerators.resolveAuto();
        }
        return current;
    }

    /** What one IDLE costs in monitor exits: one under KVM; none for a process, which sleeps in its own ppoll. */
    public static int idleExits() {
        return current() == AcceleratorKind.KVM ? 1 : 0;
    }

    /** The code segment selector guest code runs with: the monitor's GDT under KVM, Linux's for a process. */
    public static int userCodeSegment() {
        return current() == AcceleratorKind.KVM ? 0x1B : 0x33;
    }
}
