package org.torito.vmm.kvm;

import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** An open /dev/kvm: the system ioctls. */
public final class Kvm implements AutoCloseable {
    public static final String DEVICE = "/dev/kvm";
    /** The only API version there has ever been; anything else is not a KVM we know. */
    public static final int API_VERSION = 12;

    private final int fd;
    private final int vcpuMmapSize;

    private Kvm(int fd) {
        this.fd = fd;
        int version = Libc.ioctl(fd, "KVM_GET_API_VERSION", KvmIoctl.GET_API_VERSION, 0L);
        if (version != API_VERSION) {
            Libc.close(fd);
            throw new HostCallException(DEVICE + " speaks KVM API version " + version + ", the monitor needs " + API_VERSION);
        }
        this.vcpuMmapSize = Libc.ioctl(fd, "KVM_GET_VCPU_MMAP_SIZE", KvmIoctl.GET_VCPU_MMAP_SIZE, 0L);
    }

    public static Kvm open() {
        return new Kvm(Libc.open(DEVICE, Libc.O_RDWR | Libc.O_CLOEXEC));
    }

    /** The /dev/kvm descriptor, for callers that issue ioctls another way (the bench module). */
    public int fd() {
        return fd;
    }

    public int vcpuMmapSize() {
        return vcpuMmapSize;
    }

    public int checkExtension(int capability) {
        return Libc.ioctl(fd, "KVM_CHECK_EXTENSION", KvmIoctl.CHECK_EXTENSION, capability);
    }

    /** The CPUID leaves KVM can give a guest (KVM_GET_SUPPORTED_CPUID), growing the buffer on E2BIG. */
    public KvmCpuid supportedCpuid() {
        for (int capacity = 128; ; capacity *= 2) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = KvmCpuid.allocate(arena, capacity);
                try {
                    Libc.ioctl(fd, "KVM_GET_SUPPORTED_CPUID", KvmIoctl.GET_SUPPORTED_CPUID, buffer);
                    return KvmCpuid.read(buffer);
                } catch (HostCallException e) {
                    if (e.errno() != Libc.E2BIG || capacity >= 4096) {
                        throw e;
                    }
                }
            }
        }
    }

    public KvmVm createVm() {
        int vmFd = Libc.ioctl(fd, "KVM_CREATE_VM", KvmIoctl.CREATE_VM, 0L);
        return new KvmVm(this, vmFd);
    }

    @Override
    public void close() {
        Libc.close(fd);
    }
}
