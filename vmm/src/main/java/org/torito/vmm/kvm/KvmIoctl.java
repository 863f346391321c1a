package org.torito.vmm.kvm;

/**
 * KVM ioctl request numbers, encoded the way linux/ioctl.h does (_IO, _IOR, _IOW, _IOWR with
 * type 0xAE) from the struct sizes, so a wrong struct size shows up as a wrong number.
 */
public final class KvmIoctl {
    private static final int KVMIO = 0xAE;
    private static final int NONE = 0;
    private static final int WRITE = 1;
    private static final int READ = 2;

    // System ioctls, on the /dev/kvm fd.
    public static final long GET_API_VERSION = io(0x00);
    public static final long CREATE_VM = io(0x01);
    public static final long CHECK_EXTENSION = io(0x03);
    public static final long GET_VCPU_MMAP_SIZE = io(0x04);
    public static final long GET_SUPPORTED_CPUID = iowr(0x05, 8);

    // VM ioctls.
    public static final long CREATE_VCPU = io(0x41);
    public static final long SET_USER_MEMORY_REGION = iow(0x46, 32);
    public static final long IOEVENTFD = iow(0x79, 64);

    // vCPU ioctls.
    public static final long RUN = io(0x80);
    public static final long GET_REGS = ior(0x81, (int) KvmRegs.LAYOUT.byteSize());
    public static final long SET_REGS = iow(0x82, (int) KvmRegs.LAYOUT.byteSize());
    public static final long GET_SREGS = ior(0x83, (int) KvmSregs.LAYOUT.byteSize());
    public static final long SET_SREGS = iow(0x84, (int) KvmSregs.LAYOUT.byteSize());
    public static final long GET_MSRS = iowr(0x88, 8);
    public static final long SET_SIGNAL_MASK = iow(0x8b, 4);
    public static final long GET_FPU = ior(0x8c, (int) KvmFpu.LAYOUT.byteSize());
    public static final long SET_FPU = iow(0x8d, (int) KvmFpu.LAYOUT.byteSize());
    public static final long SET_CPUID2 = iow(0x90, 8);
    public static final long GET_TSC_KHZ = io(0xa3);
    public static final long SET_XCRS = iow(0xa7, (int) KvmXcrs.LAYOUT.byteSize());

    private KvmIoctl() {
    }

    static long encode(int direction, int number, int size) {
        return ((long) direction << 30) | ((long) size << 16) | ((long) KVMIO << 8) | number;
    }

    static long io(int number) {
        return encode(NONE, number, 0);
    }

    static long ior(int number, int size) {
        return encode(READ, number, size);
    }

    static long iow(int number, int size) {
        return encode(WRITE, number, size);
    }

    static long iowr(int number, int size) {
        return encode(READ | WRITE, number, size);
    }
}
