package org.torito.vmm.machine;

/** The hypercall ports of docs/boot-abi.md. */
public final class Hypercall {
    public static final int CONSOLE_WRITE = 0x510;
    public static final int EXIT = 0x511;
    public static final int PANIC = 0x512;
    public static final int FAULT = FaultStubs.FAULT_PORT;
    public static final int MARK = 0x514;
    public static final int ERROR_WRITE = 0x515;
    public static final int IDLE = 0x516;

    private Hypercall() {
    }
}
