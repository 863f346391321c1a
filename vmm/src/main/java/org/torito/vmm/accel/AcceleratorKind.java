package org.torito.vmm.accel;

import java.util.Locale;

/** Which accelerator a VM asks for: {@code auto} picks KVM when /dev/kvm opens, else the process backend. */
public enum AcceleratorKind {
    AUTO, KVM, PROCESS;

    /** The name in configs and on the command line. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name}, or null when there is none. */
    public static AcceleratorKind byName(String name) {
        for (AcceleratorKind kind : values()) {
            if (kind.configName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
