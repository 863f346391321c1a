package org.torito.vmm.accel;

/**
 * One guest core as an accelerator runs it, in the style of Firecracker's vCPU loop and gVisor's
 * {@code platform.Context.Switch}: {@link #run} lets the core execute until something needs the
 * monitor and returns that as one {@link CoreExit}. Used by one thread, except {@link #kick}.
 */
public interface GuestCore extends AutoCloseable {
    int id();

    /** Called once on the thread that will call {@link #run}, before the first run. */
    void bindRunThread();

    /** Called on the run thread before it ends, so that no {@link #kick} targets a thread that is gone. */
    void unbindRunThread();

    /** Runs the core until the next exit, which it describes in {@code exit} (returned). */
    CoreExit run(CoreExit exit);

    /** The value the last {@link CoreExit.Kind#MMIO_READ} loads; applied when the core next runs. */
    void completeMmioRead(long value);

    /**
     * How many nanoseconds ago the guest's time stamp counter read {@code tsc} (0 if that is not
     * in the past), or -1 where the monitor cannot read the guest's counter. Run thread only.
     */
    long nanosSinceGuestTsc(long tsc);

    /** The value the last {@link CoreExit.Kind#PORT_READ} loads into eax; applied when the core next runs. */
    void completePortRead(int value);

    /** The code segment selector now (its low two bits are the privilege level). */
    int codeSegment();

    /** The core's registers as lines for a report, each starting with a line break. */
    String registerDump();

    /** From any thread: makes a {@link #run} in progress return soon. */
    void kick();

    /** Releases the core; called after its thread stopped running it. */
    @Override
    void close();
}
