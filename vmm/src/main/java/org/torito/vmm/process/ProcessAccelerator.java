package org.torito.vmm.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.torito.vmm.accel.Accelerator;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.accel.WallClock;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.machine.BootMemory;
import org.torito.vmm.machine.GuestLayout;
import org.torito.vmm.machine.GuestMemory;
import org.torito.vmm.machine.PageFlags;
import org.torito.vmm.machine.PageMap;

/**
 * The process backend, for hosts without /dev/kvm (Solo5's spt and gVisor's systrap are its
 * models): each core is a Linux process that maps guest RAM at the guest's own addresses, with the
 * rights its page tables would give, and runs the image natively at CPL 3 under a seccomp
 * filter. The guest reaches the monitor through its door page (docs/boot-abi.md); doorbells,
 * queue notifications and IDLE are system calls on eventfds the sandbox holds, so they cost no
 * round trip to the monitor.
 */
public final class ProcessAccelerator implements Accelerator {
    private final List<EventFd> doorbells = new ArrayList<>();
    private final List<SandboxProtocol.Notify> notifies = new ArrayList<>();
    /**
     * Read while the monitor sets the machine up: the probe is a process start (~2.5 ms here),
     * and a pair a few milliseconds old is as good as a new one.
     */
    private final CompletableFuture<WallClock> wallClock = CompletableFuture.supplyAsync(HostWallClock::read);

    private ProcessAccelerator() {
    }

    /** Makes the sandbox program ready to start; a {@link org.torito.vmm.host.HostCallException} says why not. */
    public static ProcessAccelerator open() {
        SandboxBinary.get();
        return new ProcessAccelerator();
    }

    @Override
    public AcceleratorKind kind() {
        return AcceleratorKind.PROCESS;
    }

    /** A memfd: each core's process maps the file. */
    @Override
    public GuestMemory allocateMemory(long size) {
        return GuestMemory.allocateShared(size);
    }

    @Override
    public long tscHz() {
        return TscRate.hz();
    }

    @Override
    public WallClock wallClock() {
        try {
            return wallClock.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof HostCallException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** The page after the device pages: above RAM, where nothing else lives. */
    @Override
    public long doorPage(GuestLayout layout) {
        return layout.addressSpaceEnd();
    }

    @Override
    public void doorbell(int core, long address, EventFd doorbell) {
        while (doorbells.size() <= core) {
            doorbells.add(null);
        }
        doorbells.set(core, doorbell);
    }

    @Override
    public void queueNotify(long address, int queue, EventFd notify) {
        notifies.add(new SandboxProtocol.Notify(address, queue, notify.fd()));
    }

    @Override
    public List<GuestCore> createCores(GuestMemory memory, GuestLayout layout, ElfImage image, BootMemory boot) {
        if (doorbells.size() != layout.cpus() || doorbells.contains(null)) {
            throw new IllegalStateException("every core needs its doorbell before the cores are created");
        }
        List<Integer> doorbellFds = doorbells.stream().map(EventFd::fd).toList();
        List<Integer> inherited = new ArrayList<>(doorbellFds);
        inherited.add(memory.file().fd());
        notifies.forEach(n -> inherited.add(n.fd()));
        List<GuestCore> cores = new ArrayList<>();
        for (int core = 0; core < layout.cpus(); core++) {
            SandboxProtocol.Setup setup = new SandboxProtocol.Setup(core, image.entry(), boot.bootInfo(),
                    layout.stackTop(core), doorPage(layout), memory.file().fd(), doorbellFds, notifies,
                    mappings(boot.pageMaps().get(core), layout.ramSize()));
            cores.add(new ProcessCore(setup, inherited.stream().distinct().toList()));
        }
        return cores;
    }

    /**
     * What the core's page tables map for user mode, inside RAM, as mappings of the RAM file:
     * supervisor pages (the system area but the boot info) and the pages above RAM (doorbells,
     * devices) are left out, so any access to them faults, as under KVM.
     */
    static List<SandboxProtocol.Mapping> mappings(PageMap map, long ramSize) {
        List<SandboxProtocol.Mapping> mappings = new ArrayList<>();
        for (PageMap.Run run : map.runs()) {
            long flags = run.flags();
            if ((flags & PageFlags.PRESENT) == 0 || (flags & PageFlags.USER) == 0 || run.start() >= ramSize) {
                continue;
            }
            long end = Math.min(run.end(), ramSize);
            int prot = SandboxProtocol.PROT_READ
                    | ((flags & PageFlags.WRITABLE) != 0 ? SandboxProtocol.PROT_WRITE : 0)
                    | ((flags & PageFlags.NO_EXECUTE) == 0 ? SandboxProtocol.PROT_EXEC : 0);
            mappings.add(new SandboxProtocol.Mapping(run.start(), end - run.start(), run.start() + run.offset(), prot));
        }
        return mappings;
    }

    @Override
    public void close() {
        // Nothing is held between VMs: each core's process and socket belong to its ProcessCore.
    }
}
