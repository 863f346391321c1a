package org.torito.vmm.kvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The request numbers are computed from the struct layouts; these are the values
 * linux/kvm.h gives (and tools/kvm-probe.py uses), so a wrong layout size fails here.
 */
class KvmIoctlTest {
    @Test
    void systemAndVmIoctls() {
        assertEquals(0xAE00L, KvmIoctl.GET_API_VERSION);
        assertEquals(0xAE01L, KvmIoctl.CREATE_VM);
        assertEquals(0xAE03L, KvmIoctl.CHECK_EXTENSION);
        assertEquals(0xAE04L, KvmIoctl.GET_VCPU_MMAP_SIZE);
        assertEquals(0xC008AE05L, KvmIoctl.GET_SUPPORTED_CPUID);
        assertEquals(0xAE41L, KvmIoctl.CREATE_VCPU);
        assertEquals(0x4020AE46L, KvmIoctl.SET_USER_MEMORY_REGION);
        assertEquals(0x4040AE79L, KvmIoctl.IOEVENTFD);
    }

    @Test
    void vcpuIoctls() {
        assertEquals(0xAE80L, KvmIoctl.RUN);
        assertEquals(0x8090AE81L, KvmIoctl.GET_REGS);
        assertEquals(0x4090AE82L, KvmIoctl.SET_REGS);
        assertEquals(0x8138AE83L, KvmIoctl.GET_SREGS);
        assertEquals(0x4138AE84L, KvmIoctl.SET_SREGS);
        assertEquals(0x4004AE8BL, KvmIoctl.SET_SIGNAL_MASK);
        assertEquals(0x81A0AE8CL, KvmIoctl.GET_FPU);
        assertEquals(0x41A0AE8DL, KvmIoctl.SET_FPU);
        assertEquals(0x4008AE90L, KvmIoctl.SET_CPUID2);
        assertEquals(0xAEA3L, KvmIoctl.GET_TSC_KHZ);
        assertEquals(0x4188AEA7L, KvmIoctl.SET_XCRS);
    }

    @Test
    void structSizesMatchTheKernelHeaders() {
        assertEquals(144, KvmRegs.LAYOUT.byteSize());
        assertEquals(24, KvmSegment.LAYOUT.byteSize());
        assertEquals(312, KvmSregs.LAYOUT.byteSize());
        assertEquals(416, KvmFpu.LAYOUT.byteSize());
        assertEquals(392, KvmXcrs.LAYOUT.byteSize());
        assertEquals(40, KvmCpuid.ENTRY.byteSize());
        assertEquals(32, KvmVm.MEMORY_REGION.byteSize());
        assertEquals(64, KvmVm.IOEVENTFD.byteSize());
    }
}
