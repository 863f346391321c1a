package org.torito.vmm.kvm;

import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** A VM file descriptor: guest memory slots and vCPU creation. */
public final class KvmVm implements AutoCloseable {
    /** struct kvm_userspace_memory_region. */
    public static final StructLayout MEMORY_REGION = MemoryLayout.structLayout(
            JAVA_INT.withName("slot"),
            JAVA_INT.withName("flags"),
            JAVA_LONG.withName("guest_phys_addr"),
            JAVA_LONG.withName("memory_size"),
            JAVA_LONG.withName("userspace_addr")).withName("kvm_userspace_memory_region");

    /** struct kvm_ioeventfd. */
    public static final StructLayout IOEVENTFD = MemoryLayout.structLayout(
            JAVA_LONG.withName("datamatch"),
            JAVA_LONG.withName("addr"),
            JAVA_INT.withName("len"),
            JAVA_INT.withName("fd"),
            JAVA_INT.withName("flags"),
            MemoryLayout.sequenceLayout(36, java.lang.foreign.ValueLayout.JAVA_BYTE).withName("pad"))
            .withName("kvm_ioeventfd");
    private static final int IOEVENTFD_FLAG_DATAMATCH = 1;

    private final Kvm kvm;
    private final int fd;

    KvmVm(Kvm kvm, int fd) {
        this.kvm = kvm;
        this.fd = fd;
    }

    /** Backs guest-physical [guestAddress, guestAddress + host.byteSize()) with {@code host}. */
    public void setUserMemoryRegion(int slot, long guestAddress, MemorySegment host) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment region = arena.allocate(MEMORY_REGION);
            region.set(JAVA_INT, 0, slot);
            region.set(JAVA_INT, 4, 0);
            region.set(JAVA_LONG, 8, guestAddress);
            region.set(JAVA_LONG, 16, host.byteSize());
            region.set(JAVA_LONG, 24, host.address());
            Libc.ioctl(fd, "KVM_SET_USER_MEMORY_REGION", KvmIoctl.SET_USER_MEMORY_REGION, region);
        }
    }

    /** Signals {@code eventFd} on every guest MMIO write of {@code length} bytes to {@code address}. */
    public void addMmioEventFd(long address, int length, int eventFd) {
        registerIoEventFd(address, length, eventFd, 0, false);
    }

    /**
     * As {@link #addMmioEventFd(long, int, int)}, but only a write of exactly {@code value}
     * signals: how one virtio-mmio QueueNotify register gets one eventfd per queue.
     */
    public void addMmioEventFd(long address, int length, int eventFd, long value) {
        registerIoEventFd(address, length, eventFd, value, true);
    }

    private void registerIoEventFd(long address, int length, int eventFd, long value, boolean match) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment request = arena.allocate(IOEVENTFD);
            request.set(JAVA_LONG, 0, value);
            request.set(JAVA_LONG, 8, address);
            request.set(JAVA_INT, 16, length);
            request.set(JAVA_INT, 20, eventFd);
            request.set(JAVA_INT, 24, match ? IOEVENTFD_FLAG_DATAMATCH : 0);
            Libc.ioctl(fd, "KVM_IOEVENTFD", KvmIoctl.IOEVENTFD, request);
        }
    }

    public KvmVcpu createVcpu(int id) {
        int vcpuFd = Libc.ioctl(fd, "KVM_CREATE_VCPU", KvmIoctl.CREATE_VCPU, id);
        try {
            MemorySegment run = Libc.mmap("kvm_run of vCPU " + id, kvm.vcpuMmapSize(),
                    Libc.PROT_READ | Libc.PROT_WRITE, Libc.MAP_SHARED, vcpuFd, 0);
            return new KvmVcpu(id, vcpuFd, new KvmRun(run));
        } catch (HostCallException e) {
            Libc.close(vcpuFd);
            throw e;
        }
    }

    @Override
    public void close() {
        Libc.close(fd);
    }
}
