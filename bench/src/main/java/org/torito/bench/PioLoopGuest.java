package org.torito.bench;

import org.torito.vmm.kvm.Kvm;
import org.torito.vmm.kvm.KvmRun;
import org.torito.vmm.kvm.KvmVcpu;
import org.torito.vmm.kvm.KvmVm;
import org.torito.vmm.machine.CpuFeatures;
import org.torito.vmm.machine.EntryState;
import org.torito.vmm.machine.Gdt;
import org.torito.vmm.machine.GuestMemory;
import org.torito.vmm.machine.PageFlags;
import org.torito.vmm.machine.PageMap;
import org.torito.vmm.machine.PageTables;
import org.torito.vmm.machine.SystemArea;
import org.torito.vmm.machine.Tss;

/**
 * A one-vCPU VM whose guest does nothing but {@code out 0x80, al; jmp back} at CPL 3, set up
 * with the monitor's own classes and entry state: every KVM_RUN is exactly one user-space exit
 * (KVM_EXIT_IO on port 0x80) and back, the shortest exit path there is.
 */
final class PioLoopGuest implements AutoCloseable {
    static final int PORT = 0x80;
    private static final long RAM = 4L << 20;
    private static final long CODE = SystemArea.END;
    private static final long STACK = CODE + PageMap.PAGE;
    /** out 0x80, al; jmp -4 (back to the out). */
    private static final byte[] LOOP = {(byte) 0xE6, (byte) PORT, (byte) 0xEB, (byte) 0xFC};

    private final Kvm kvm;
    private final KvmVm vm;
    private final GuestMemory memory;
    private final KvmVcpu vcpu;

    PioLoopGuest() {
        kvm = Kvm.open();
        vm = kvm.createVm();
        memory = GuestMemory.allocate(RAM);
        vm.setUserMemoryRegion(0, 0, memory.hostSegment());

        SystemArea area = new SystemArea();
        long gdt = area.allocate(Gdt.size(1), "the GDT");
        long tssBase = area.allocate(Tss.size(1), "the TSS");
        long rsp0 = area.allocate(PageMap.PAGE, "ring-0 stack") + PageMap.PAGE;
        Tss tss = Tss.write(memory, tssBase, new long[] {rsp0}, new long[] {rsp0});
        Gdt.write(memory, gdt, tss);
        memory.write(CODE, LOOP);

        PageMap map = new PageMap(RAM);
        map.map(SystemArea.START, SystemArea.END, PageFlags.SUPERVISOR_DATA);
        map.map(CODE, CODE + PageMap.PAGE, PageFlags.USER_CODE);
        map.map(STACK, STACK + PageMap.PAGE, PageFlags.USER_DATA);
        long pml4 = PageTables.build(memory, area, map);

        vcpu = vm.createVcpu(0);
        // No IDT (limit 0): the loop raises no exception, and one would end the run with a triple fault.
        EntryState.Tables tables = new EntryState.Tables(gdt, Gdt.size(1) - 1, 0, 0, pml4,
                tss.address(0), tss.limit(0));
        EntryState.apply(vcpu, CpuFeatures.of(kvm.supportedCpuid()), tables, 0, CODE, STACK + PageMap.PAGE, 0);
    }

    Kvm kvm() {
        return kvm;
    }

    KvmVcpu vcpu() {
        return vcpu;
    }

    /** Fails unless the last KVM_RUN ended in the guest's out to {@link #PORT}. */
    void checkExit() {
        KvmRun run = vcpu.kvmRun();
        if (run.exitReason() != KvmRun.EXIT_IO || run.ioPort() != PORT || run.ioDirection() != KvmRun.IO_OUT) {
            throw new IllegalStateException("the guest did not exit with out 0x" + Integer.toHexString(PORT)
                    + ": exit reason " + run.exitReason());
        }
    }

    @Override
    public void close() {
        vcpu.close();
        vm.close();
        memory.close();
        kvm.close();
    }
}
