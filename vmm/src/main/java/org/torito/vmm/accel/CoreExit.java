package org.torito.vmm.accel;

/**
 * Why a guest core came back to the monitor: the closed set every accelerator speaks. Whatever
 * the backend saw (a KVM exit reason, a signal in a sandbox process) is translated into one of
 * these before it leaves the accelerator, so everything above it has one code path.
 *
 * <p>One instance per core, filled in by each {@link GuestCore#run} and read before the next:
 * the exit path allocates nothing, because a collection pause in the monitor while a core comes
 * back from a timed IDLE makes the guest's wake-up late (docs/benchmarks.md, "Sleep precision").
 */
public final class CoreExit {
    /** The kinds of exit, and which fields each sets. */
    public enum Kind {
        /** A hypercall: a write to {@link #port()} (docs/boot-abi.md) with the guest's {@link #rdi()} and {@link #rsi()}. */
        PORT_WRITE,
        /**
         * A read of {@link #width()} bytes from I/O port {@link #port()}, with the guest's {@link #rdi()},
         * {@link #rsi()} and {@link #rcx()}: the form of a hypercall that answers (only IDLE does);
         * answer with {@link GuestCore#completePortRead}.
         */
        PORT_READ,
        /** A load of {@link #width()} bytes at {@link #address()}; answer with {@link GuestCore#completeMmioRead}. */
        MMIO_READ,
        /** A store of {@link #width()} bytes of {@link #value()} at {@link #address()}. */
        MMIO_WRITE,
        /** The guest broke (a CPU exception, a refused system call, a core that cannot run): {@link #report()}. */
        FAULT,
        /** The run was interrupted (a kick); nothing in the guest needs serving. */
        INTERRUPTED
    }

    private Kind kind = Kind.INTERRUPTED;
    private int port;
    private int width;
    private long address;
    private long value;
    private long rdi;
    private long rsi;
    private long rcx;
    private String report;

    public Kind kind() {
        return kind;
    }

    public int port() {
        return port;
    }

    public int width() {
        return width;
    }

    public long address() {
        return address;
    }

    public long value() {
        return value;
    }

    public long rdi() {
        return rdi;
    }

    public long rsi() {
        return rsi;
    }

    public long rcx() {
        return rcx;
    }

    /** What to print for a fault: its first line says what happened, the rest is registers. */
    public String report() {
        return report;
    }

    /** The first line of the report, for a one-line reason. */
    public String summary() {
        return report.lines().findFirst().orElse(report);
    }

    public CoreExit portWrite(int port, long rdi, long rsi) {
        this.kind = Kind.PORT_WRITE;
        this.port = port;
        this.rdi = rdi;
        this.rsi = rsi;
        return this;
    }

    public CoreExit portRead(int port, int width, long rdi, long rsi, long rcx) {
        this.kind = Kind.PORT_READ;
        this.port = port;
        this.width = width;
        this.rdi = rdi;
        this.rsi = rsi;
        this.rcx = rcx;
        return this;
    }

    public CoreExit mmioRead(long address, int width) {
        this.kind = Kind.MMIO_READ;
        this.address = address;
        this.width = width;
        return this;
    }

    public CoreExit mmioWrite(long address, int width, long value) {
        this.kind = Kind.MMIO_WRITE;
        this.address = address;
        this.width = width;
        this.value = value;
        return this;
    }

    public CoreExit fault(String report) {
        this.kind = Kind.FAULT;
        this.report = report;
        return this;
    }

    public CoreExit interrupted() {
        this.kind = Kind.INTERRUPTED;
        return this;
    }
}
