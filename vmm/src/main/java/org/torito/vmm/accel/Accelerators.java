package org.torito.vmm.accel;

import org.torito.vmm.host.HostCallException;
import org.torito.vmm.kvm.Kvm;
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
        AcceleratorKind forced = forcedAuto();
        if (forced != null) {
            return forced;
        }
        try (Kvm kvm = Kvm.open()) {
            return AcceleratorKind.KVM;
        } catch (HostCallException e) {
            return AcceleratorKind.PROCESS;
        }
    }

    /** What the {@link #AUTO_PROPERTY} property makes {@code auto} mean (kvm or process), or null. */
    private static AcceleratorKind forcedAuto() {
        AcceleratorKind forced = AcceleratorKind.byName(System.getProperty(AUTO_PROPERTY, ""));
        return forced == AcceleratorKind.AUTO ? null : forced;
    }

    /** An open accelerator, and for {@code auto} why it was chosen (null when the config named it). */
    public record Choice(Accelerator accelerator, String why) {
        /** The one line that says which accelerator {@code auto} chose and why; null when there was no choice. */
        public String note() {
            return why == null ? null : "torito: accelerator: " + accelerator.kind().configName() + " (" + why + ")";
        }
    }

    /**
     * {@code kvm} and {@code process} open that backend or fail; {@code auto} opens KVM when
     * /dev/kvm can be used and the process backend otherwise, and says why.
     */
    public static Choice open(AcceleratorKind kind) {
        return switch (kind) {
            case KVM -> new Choice(KvmAccelerator.open(), null);
            case PROCESS -> new Choice(ProcessAccelerator.open(), null);
            case AUTO -> {
                AcceleratorKind forced = forcedAuto();
                if (forced != null) {
                    yield new Choice(open(forced).accelerator(), "the " + AUTO_PROPERTY + " property says so");
                }
                try {
                    yield new Choice(KvmAccelerator.open(), "/dev/kvm opened");
                } catch (HostCallException e) {
                    yield new Choice(ProcessAccelerator.open(), "no KVM here: " + e.getMessage());
                }
            }
        };
    }
}
