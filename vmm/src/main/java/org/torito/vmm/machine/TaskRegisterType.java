package org.torito.vmm.machine;

/**
 * The descriptor type TR is loaded with: a 64-bit TSS, busy (0xB) or available (0x9). The guest
 * never loads TR itself; the monitor sets it through KVM_SET_SREGS, and the type decides whether
 * the TSS's I/O permission bitmap lets the guest's CPL-3 {@code out} hypercalls through. Each way
 * KVM can run a guest enforces its own rule:
 * <ul>
 * <li><b>Intel VMX</b> (Intel and Zhaoxin/Centaur CPUs): VM entry into a 64-bit guest fails unless
 * TR's type is 11, busy (SDM vol. 3C, "Checks on Guest Segment Registers"). So 0xB there.</li>
 * <li><b>AMD SVM</b> (AMD and Hygon CPUs): VMRUN does not check TR's type, and the CPU reads the
 * bitmap through either type. But QEMU's emulator, which emulates SVM for a KVM nested inside
 * it (docs/testing.md, "KVM nested under the emulator"), consults the bitmap only when the type
 * is 9, available, and raises #GP on every port access otherwise. So 0x9 on SVM hosts.</li>
 * <li><b>PVM</b> (KVM running guests as paravirtualized processes, on either vendor): the host
 * emulates {@code out} with KVM's instruction emulator, which checks the bitmap whatever the
 * type. Either works; the vendor rule above applies.</li>
 * </ul>
 * The vendor is read from leaf 0 of KVM_GET_SUPPORTED_CPUID: KVM reports the host's.
 */
public final class TaskRegisterType {
    /** A 64-bit TSS marked busy: what the CPU itself puts in TR after LTR, and what VMX requires. */
    public static final int BUSY = 0xB;
    /** A 64-bit TSS marked available: what QEMU's emulated SVM needs to honour the I/O bitmap. */
    public static final int AVAILABLE = 0x9;

    private TaskRegisterType() {
    }

    /**
     * The type for a host whose CPUID vendor string is {@code vendor} ("GenuineIntel",
     * "AuthenticAMD", ...). An unknown vendor gets busy, the architectural state after LTR.
     */
    public static int forVendor(String vendor) {
        return switch (vendor) {
            case "AuthenticAMD", "HygonGenuine" -> AVAILABLE;
            default -> BUSY;
        };
    }
}
