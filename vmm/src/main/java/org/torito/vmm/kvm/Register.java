package org.torito.vmm.kvm;

/** The registers of struct kvm_regs, in its field order. */
public enum Register {
    RAX, RBX, RCX, RDX, RSI, RDI, RSP, RBP, R8, R9, R10, R11, R12, R13, R14, R15, RIP, RFLAGS;

    /** The field name as it appears in reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
