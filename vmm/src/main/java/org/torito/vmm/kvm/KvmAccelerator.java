package org.torito.vmm.kvm;

import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.accel.Accelerator;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.accel.WallClock;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.machine.BootMemory;
import org.torito.vmm.machine.CpuFeatures;
import org.torito.vmm.machine.EntryState;
import org.torito.vmm.machine.GuestLayout;
import org.torito.vmm.machine.GuestMemory;

/**
 * The KVM backend: one VM on /dev/kvm, guest RAM as its one memory slot, a vCPU per core entered
 * at CPL 3 with the GDT, IDT, TSS and page tables the boot memory holds. Doorbells and queue
 * notifications are ioeventfds, so the writing core never leaves the guest.
 */
public final class KvmAccelerator implements Accelerator {
    private final Kvm kvm;
    private final KvmVm vm;
    private final CpuFeatures cpu;
    private final List<KvmVcpu> vcpus = new ArrayList<>();

    private KvmAccelerator(Kvm kvm) {
        this.kvm = kvm;
        try {
            this.cpu = CpuFeatures.of(kvm.supportedCpuid());
            this.vm = kvm.createVm();
        } catch (RuntimeException e) {
            kvm.close();
            throw e;
        }
    }

    /** Opens /dev/kvm and creates the VM; a {@link org.torito.vmm.host.HostCallException} says why not. */
    public static KvmAccelerator open() {
        return new KvmAccelerator(Kvm.open());
    }

    @Override
    public AcceleratorKind kind() {
        return AcceleratorKind.KVM;
    }

    /** Anonymous memory (see GuestMemory for why not a memfd), made KVM's memory slot 0 at once. */
    @Override
    public GuestMemory allocateMemory(long size) {
        GuestMemory memory = GuestMemory.allocate(size);
        try {
            vm.setUserMemoryRegion(0, 0, memory.hostSegment());
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
        return memory;
    }

    /** The VM and its first vCPU exist from here on: KVM gives the guest TSC rate per vCPU. */
    @Override
    public long tscHz() {
        return vcpu(0).tscKhz() * 1000;
    }

    /**
     * The guest TSC is vCPU 0's (KVM started every vCPU's at 0 and keeps them in step), read
     * between two readings of the host clock and paired with their middle. KVM_GET_MSRS does not
     * fail for the TSC; if it did, 0 is where the guest's TSC started, a few milliseconds ago.
     */
    @Override
    public WallClock wallClock() {
        long before = WallClock.hostEpochNanos();
        long tsc = vcpu(0).guestTsc();
        long after = WallClock.hostEpochNanos();
        return new WallClock(before + (after - before) / 2, Math.max(tsc, 0));
    }

    @Override
    public long doorPage(GuestLayout layout) {
        return 0;
    }

    /** Creates core {@code core}'s vCPU too: the machine names the cores in order, memory first. */
    @Override
    public void doorbell(int core, long address, EventFd doorbell) {
        vcpu(core);
        vm.addMmioEventFd(address, 4, doorbell.fd());
    }

    @Override
    public void queueNotify(long address, int queue, EventFd notify) {
        vm.addMmioEventFd(address, 4, notify.fd(), queue);
    }

    @Override
    public List<GuestCore> createCores(GuestMemory memory, GuestLayout layout, ElfImage image, BootMemory boot) {
        List<GuestCore> cores = new ArrayList<>();
        long tscHz = tscHz();
        for (int core = 0; core < layout.cpus(); core++) {
            KvmVcpu vcpu = vcpu(core);
            EntryState.apply(vcpu, cpu, boot.tables().get(core), core, image.entry(), layout.stackTop(core),
                    boot.bootInfo());
            cores.add(new KvmCore(vcpu, memory, tscHz));
        }
        return cores;
    }

    private KvmVcpu vcpu(int core) {
        while (vcpus.size() <= core) {
            vcpus.add(vm.createVcpu(vcpus.size()));
        }
        return vcpus.get(core);
    }

    @Override
    public void close() {
        vm.close();
        kvm.close();
    }
}
