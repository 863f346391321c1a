package org.torito.guest.kernel;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * The platform layer's kernel functions (boot/src/main/c/torito/cores.c in a guest, hosted.c
 * in a hosted build). Addresses are plain longs: the shared region is identity-mapped.
 */
public final class KernelCalls {

    private KernelCalls() {
    }

    @Import(name = "torito_core")
    @Include("torito_guest.h")
    public static native int core();

    @Import(name = "torito_cores")
    @Include("torito_guest.h")
    public static native int cores();

    /** Nanoseconds since this core started: the kernel's own clock (timers, polls, lateness). */
    @Import(name = "torito_uptime_nanos")
    @Include("torito_guest.h")
    public static native long uptimeNanos();

    /**
     * Nanoseconds since the Unix epoch, from the wall clock the monitor gives at boot: what
     * System.currentTimeMillis and nanoTime read, and so the clock of TeaVM's event queue.
     */
    @Import(name = "torito_clock_nanos")
    @Include("torito_guest.h")
    public static native long clockNanos();

    /** The config's environment (name NUL value NUL pairs) in the boot info; 0 if it has none. */
    @Import(name = "torito_env_addr")
    @Include("torito_guest.h")
    public static native long envAddress();

    @Import(name = "torito_env_len")
    @Include("torito_guest.h")
    public static native int envLength();

    /** The config's system properties, as {@link #envAddress} lays them out; 0 if it has none. */
    @Import(name = "torito_properties_addr")
    @Include("torito_guest.h")
    public static native long propertiesAddress();

    @Import(name = "torito_properties_len")
    @Include("torito_guest.h")
    public static native int propertiesLength();

    /** The disks' mount points (disk index NUL path NUL pairs) in the boot info; 0 if no disk is mounted. */
    @Import(name = "torito_mounts_addr")
    @Include("torito_guest.h")
    public static native long mountsAddress();

    @Import(name = "torito_mounts_len")
    @Include("torito_guest.h")
    public static native int mountsLength();

    @Import(name = "torito_tsc_hz")
    @Include("torito_guest.h")
    public static native long tscHz();

    /** 1 when every core runs the program's main (the config's {@code "main": "every-core"}), 0 when core 0 alone does. */
    @Import(name = "torito_main_on_every_core")
    @Include("torito_guest.h")
    public static native int mainOnEveryCore();

    @Import(name = "torito_shared_base")
    @Include("torito_guest.h")
    public static native long sharedBase();

    @Import(name = "torito_shared_size")
    @Include("torito_guest.h")
    public static native long sharedSize();

    /** Wakes {@code core} from IDLE (or makes its next IDLE return at once); no exit for the caller. */
    @Import(name = "torito_doorbell")
    @Include("torito_guest.h")
    public static native void doorbell(int core);

    /**
     * The IDLE hypercall: sleeps up to {@code nanos} (negative: no limit) or until this core's
     * doorbell rings. {@code spinNanos}: how long the core will spin on the clock after a timed
     * wake-up before its deadline; the monitor keeps it punctual that long (docs/boot-abi.md).
     * Returns the microseconds of the sleep the core spent ready to run while the host had no
     * CPU for it (0 where the host cannot tell): lateness no margin of this core's can cure.
     */
    @Import(name = "torito_idle")
    @Include("torito_guest.h")
    public static native long idle(long nanos, long spinNanos);

    /** The {@code pause} instruction, for spin loops. */
    @Import(name = "torito_cpu_relax")
    @Include("torito_guest.h")
    public static native void cpuRelax();

    @Import(name = "torito_load_acquire_int")
    @Include("torito_guest.h")
    public static native int loadAcquireInt(long address);

    @Import(name = "torito_load_acquire_long")
    @Include("torito_guest.h")
    public static native long loadAcquireLong(long address);

    @Import(name = "torito_store_release_int")
    @Include("torito_guest.h")
    public static native void storeReleaseInt(long address, int value);

    @Import(name = "torito_store_release_long")
    @Include("torito_guest.h")
    public static native void storeReleaseLong(long address, long value);

    @Import(name = "torito_full_fence")
    @Include("torito_guest.h")
    public static native void fullFence();

    /** Atomically sets the int at {@code address} to {@code value} if it holds {@code expected}; 1 if it did, else 0. */
    @Import(name = "torito_cas_int")
    @Include("torito_guest.h")
    public static native int compareAndSetInt(long address, int expected, int value);

    @Import(name = "torito_cas_long")
    @Include("torito_guest.h")
    public static native int compareAndSetLong(long address, long expected, long value);

    @Import(name = "torito_copy_memory")
    @Include("torito_guest.h")
    public static native void copyMemory(long to, long from, int length);
}
