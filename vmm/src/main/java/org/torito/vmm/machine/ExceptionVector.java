package org.torito.vmm.machine;

/** Names of the x86 exception vectors 0-31, for fault reports. */
public final class ExceptionVector {
    private static final String[] NAMES = {
        "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow", "#BR bound range exceeded",
        "#UD invalid opcode", "#NM device not available", "#DF double fault", "coprocessor segment overrun",
        "#TS invalid TSS", "#NP segment not present", "#SS stack-segment fault", "#GP general protection",
        "#PF page fault", "reserved vector 15", "#MF x87 floating-point error", "#AC alignment check",
        "#MC machine check", "#XM SIMD floating-point exception", "#VE virtualization exception",
        "#CP control protection", "reserved vector 22", "reserved vector 23", "reserved vector 24",
        "reserved vector 25", "reserved vector 26", "reserved vector 27", "#HV hypervisor injection",
        "#VC VMM communication", "#SX security exception", "reserved vector 31",
    };

    private ExceptionVector() {
    }

    public static String name(long vector) {
        return vector >= 0 && vector < NAMES.length ? NAMES[(int) vector] : "vector " + vector;
    }

    /** What a page-fault error code says, e.g. "write, user mode, page not present". */
    public static String describePageFault(long errorCode) {
        StringBuilder text = new StringBuilder();
        text.append((errorCode & 0x10) != 0 ? "instruction fetch" : (errorCode & 2) != 0 ? "write" : "read");
        text.append((errorCode & 4) != 0 ? ", user mode" : ", supervisor mode");
        text.append((errorCode & 1) != 0 ? ", protection violation" : ", page not present");
        if ((errorCode & 8) != 0) {
            text.append(", reserved bit set");
        }
        return text.toString();
    }
}
