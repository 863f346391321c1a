package org.torito.vmm.accel;

import java.io.PrintStream;

import org.torito.vmm.host.HostCallException;
import org.torito.vmm.kvm.KvmAccelerator;
import org.torito.vmm.process.ProcessAccelerator;

/** Opens the accelerator a config asks for. */
public final class Accelerators {
    /**
     * A JVM property that decides what {@code auto} means for this process (kvm or process),
     * for running one test suite on each backend; configs and --accel still win.
     */
    public static final String AUTO_PROPERTY = "torito.accelerator";

    private Accelerators() {
    }

    /** What {@code auto} resolves to here, without opening anything for long. */
    public static AcceleratorKind resolveAuto() {
        AcceleratorKind forced = AcceleratorKind.byName(System.getProperty(AUTO_PROPERTY, ""));
        if (forced != null && forced != AcceleratorKind.AUTO) {
            return forced;
        }
        try (KvmAccelerator kvm = KvmAccelerator.open()) {
            return AcceleratorKind.KVM;
        } catch (HostCallException e) {
            return AcceleratorKind.PROCESS;
        }
    }

    /**
     * {@code kvm} and {@code process} open that backend or fail; {@code auto} opens KVM when
     * /dev/kvm can be used and the process backend otherwise, and says which and why in one
     * line on {@code notes}.
     */
    public static Accelerator open(AcceleratorKind kind, PrintStream notes) {
        return switch (kind) {
            case KVM -> KvmAccelerator.open();
            case PROCESS -> ProcessAccelerator.open();
            case AUTO -> {
                AcceleratorKind forced = AcceleratorKind.byName(System.getProperty(AUTO_PROPERTY, ""));
                if (forced == AcceleratorKind.KVM || forced == AcceleratorKind.PROCESS) {
                    notes.println("torito: accelerator: " + forced.configName() + " (the " + AUTO_PROPERTY
                            + " property says so)");
                    notes.flush();
                    yield open(forced, notes);
                }
                try {
                    KvmAccelerator kvm = KvmAccelerator.open();
                    notes.println("torito: accelerator: kvm (/dev/kvm opened)");
                    notes.flush();
                    yield kvm;
                } catch (HostCallException e) {
                    notes.println("torito: accelerator: process (no KVM here: " + e.getMessage() + ")");
                    notes.flush();
                    yield ProcessAccelerator.open();
                }
            }
        };
    }
}
