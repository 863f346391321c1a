package org.torito.vmm.accel;

import java.util.List;

import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.machine.BootMemory;
import org.torito.vmm.machine.GuestLayout;
import org.torito.vmm.machine.GuestMemory;

/**
 * What runs guest code: KVM, or sandboxed Linux processes. The seam between the monitor (devices,
 * user network, boot info, hypercalls: one code path) and a backend (KVM ioctls and CPU state, or
 * processes, seccomp and traps). Guest memory is the monitor's; an accelerator says how it is
 * backed and maps it for the guest. Set up in this order: {@link #doorbell}s and {@link #queueNotify}s, then
 * {@link #createCores}.
 */
public interface Accelerator extends AutoCloseable {
    /** "kvm" or "process", as the config names it. */
    AcceleratorKind kind();

    /** Zeroed guest RAM of {@code size} bytes, backed as this accelerator maps it best. */
    GuestMemory allocateMemory(long size);

    /** TSC ticks per second, as the guest's boot info gives it. */
    long tscHz();

    /**
     * The host's wall-clock time now and the guest's TSC at the same moment, for the boot info;
     * called once the cores exist, right before they run.
     */
    WallClock wallClock();

    /**
     * Where the guest finds its door page (docs/boot-abi.md), or 0 when it makes hypercalls with
     * port I/O and rings doorbells with stores.
     */
    long doorPage(GuestLayout layout);

    /** Makes a 4-byte write at {@code address} (core {@code core}'s doorbell) signal {@code doorbell}. */
    void doorbell(int core, long address, EventFd doorbell);

    /** Makes a 4-byte write of {@code queue} at {@code address} (QueueNotify) signal {@code notify}. */
    void queueNotify(long address, int queue, EventFd notify);

    /** The cores, ready to run from the image's entry with the state of docs/boot-abi.md. */
    List<GuestCore> createCores(GuestMemory memory, GuestLayout layout, ElfImage image, BootMemory boot);

    @Override
    void close();
}
