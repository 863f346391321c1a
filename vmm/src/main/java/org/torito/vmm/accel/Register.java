package org.torito.vmm.accel;

/** The x86-64 general registers, RIP and RFLAGS, in the field order of struct kvm_regs. */
public enum Register {
    RAX, RBX, RCX, RDX, RSI, RDI, RSP, RBP, R8, R9, R10, R11, R12, R13, R14, R15, RIP, RFLAGS;

    /** The field name as it appears in reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
