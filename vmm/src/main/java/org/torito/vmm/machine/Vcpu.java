package org.torito.vmm.machine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.torito.vmm.accel.CoreExit;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.devices.MmioBus;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.RunQueueDelay;

/**
 * One core: a platform thread that runs its {@link GuestCore} (on whichever accelerator), serves
 * the hypercalls and MMIO exits, and turns every other exit into a report and a stop. Its state
 * is its own; only the console, the error stream and the mark sink are shared, and they are
 * thread-safe.
 */
final class Vcpu implements Runnable {
    private static final long MAX_CONSOLE_WRITE = 16L * 1024 * 1024;
    private static final long MAX_PANIC_MESSAGE = 64 * 1024;
    /** An IDLE longer than ~31 years is one without limit (and keeps deadline arithmetic from overflowing). */
    private static final long MAX_IDLE_NANOS = 1_000_000_000_000_000_000L;

    private final GuestCore vcpu;
    private final EventFd doorbell;
    private final WakeBoost wakeBoost;
    private final int core;
    private final CoreView memory;
    private final MmioBus bus;
    private final OutputStream console;
    private final PrintStream errors;
    private final Consumer<BootMark> marks;
    private final Consumer<VcpuStop> stopped;
    private volatile boolean stopRequested;
    /** Written by this core's thread only. */
    private volatile long exits;
    /** This core's thread's host priority; bound when the thread starts. */
    private WakeBoost.Core boost;
    /** The run thread's wait for host CPUs; null where the host does not count it. */
    private RunQueueDelay runQueue;

    Vcpu(GuestCore vcpu, EventFd doorbell, WakeBoost wakeBoost, CoreView memory, MmioBus bus, OutputStream console,
         PrintStream errors, Consumer<BootMark> marks, Consumer<VcpuStop> stopped) {
        this.vcpu = vcpu;
        this.doorbell = doorbell;
        this.wakeBoost = wakeBoost;
        this.core = vcpu.id();
        this.memory = memory;
        this.bus = bus;
        this.console = console;
        this.errors = errors;
        this.marks = marks;
        this.stopped = stopped;
    }

    /** Asks the loop to end, kicking the vCPU out of guest code or out of an IDLE sleep. */
    void requestStop() {
        stopRequested = true;
        doorbell.signal();
        vcpu.kick();
    }

    /** User-space exits this core took so far. */
    long exits() {
        return exits;
    }

    @Override
    public void run() {
        VcpuStop stop;
        try {
            vcpu.bindRunThread();
            boost = wakeBoost.bind(core);
            runQueue = RunQueueDelay.ofCallingThread();
            stop = loop();
        } catch (HostCallException e) {
            report(e.getMessage());
            stop = new VcpuStop(Machine.EXIT_MONITOR_FAILURE, core, e.getMessage(), -1);
        } catch (RuntimeException | Error e) {
            // Whatever happens, the machine must hear that this core stopped.
            report("monitor error: " + e);
            stop = new VcpuStop(Machine.EXIT_MONITOR_FAILURE, core, e.toString(), -1);
        }
        vcpu.unbindRunThread();
        if (runQueue != null) {
            runQueue.close();
        }
        if (boost != null) {
            boost.release();
        }
        stopped.accept(stop);
    }

    private VcpuStop loop() {
        CoreExit exit = new CoreExit();
        while (true) {
            if (stopRequested) {
                return null;
            }
            vcpu.run(exit);
            if (exit.kind() == CoreExit.Kind.INTERRUPTED) {
                continue;
            }
            exits++;
            VcpuStop stop = switch (exit.kind()) {
                case PORT_WRITE -> hypercall(exit);
                case PORT_READ -> portRead(exit);
                case MMIO_READ -> mmio(exit.address(), exit.width(), false, 0);
                case MMIO_WRITE -> mmio(exit.address(), exit.width(), true, exit.value());
                case FAULT -> {
                    report(exit.report());
                    yield VcpuStop.failure(core, exit.summary());
                }
                case INTERRUPTED -> null;
            };
            if (stop != null) {
                return stop;
            }
        }
    }

    private VcpuStop mmio(long address, int width, boolean write, long value) {
        MmioBus.Mapping device = width >= 1 && width <= 8 ? bus.at(address, width) : null;
        if (device == null) {
            return fail(String.format("MMIO %s of %d bytes at 0x%x, where there is no device",
                    write ? "write" : "read", width, address));
        }
        long offset = address - device.base();
        if (write) {
            long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
            device.device().write(offset, width, value & mask);
        } else {
            vcpu.completeMmioRead(device.device().read(offset, width));
        }
        return null;
    }

    private VcpuStop hypercall(CoreExit call) {
        int port = call.port();
        try {
            return switch (port) {
                case Hypercall.CONSOLE_WRITE -> write(call, console, "CONSOLE_WRITE");
                case Hypercall.ERROR_WRITE -> write(call, errors, "ERROR_WRITE");
                case Hypercall.EXIT -> new VcpuStop((int) (call.rdi() & 0xFF), core,
                        "the guest called EXIT with " + call.rdi(), vcpu.codeSegment());
                case Hypercall.PANIC -> panic(call);
                // The KVM backend turns a fault stub's write into a Fault; one that gets here came from user mode.
                case Hypercall.FAULT -> fail("the guest wrote to the FAULT port from user mode; only the fault stubs may");
                case Hypercall.IDLE -> {
                    idle(call.rdi(), call.rsi(), 0);
                    yield null;
                }
                case Hypercall.MARK -> {
                    marks.accept(new BootMark(core, call.rdi(), call.rsi(), System.nanoTime()));
                    yield null;
                }
                default -> fail(String.format("the guest wrote to port 0x%x, which is no hypercall", port));
            };
        } catch (GuestAddressException e) {
            return fail(String.format("hypercall on port 0x%x: %s", port, e.getMessage()));
        }
    }

    /**
     * IDLE read as 4 bytes: RCX stamps the call with the guest's TSC, and the answer is what the
     * host's congestion took of the sleep. No other port can be read.
     */
    private VcpuStop portRead(CoreExit read) {
        if (read.port() != Hypercall.IDLE || read.width() != 4) {
            return fail(String.format("the guest read %d byte(s) from port 0x%x; only IDLE can be read, as 4 bytes",
                    read.width(), read.port()));
        }
        long congestion = idle(read.rdi(), read.rsi(), read.rcx());
        vcpu.completePortRead((int) Math.min(congestion / 1000, Integer.MAX_VALUE));
        return null;
    }

    /**
     * Sleeps until the doorbell rings or {@code nanos} pass (negative as unsigned: no limit). A ring
     * since the last IDLE returned is still counted in the eventfd, so this returns at once then.
     * A timed sleep that the guest will finish by spinning {@code spinNanos} (a Thread.sleep)
     * runs at raised host priority, held while it spins (WakeBoost): that is what makes the
     * wake-up punctual. A timed sleep without a spin (a network timer) stays at normal priority.
     * Returns, for such a punctual sleep, the nanoseconds the thread spent ready to run without a
     * host CPU meanwhile (0 otherwise, or where the host does not count it).
     *
     * <p>{@code stampTsc}, when not 0, is the guest's TSC when it computed {@code nanos}: the sleep
     * counts from then, not from whenever this thread got round to it. Between the two the thread
     * ran at normal priority (its first sleep, or after a hold ran out), and the host preempted
     * it there, at the exit or in the monitor, for up to milliseconds while its JIT compiled;
     * counted from here, those milliseconds made the first Thread.sleep on a core 1-3 ms late.
     */
    private long idle(long nanos, long spinNanos, long stampTsc) {
        boolean timed = nanos >= 0 && nanos <= MAX_IDLE_NANOS;
        boolean punctual = timed && spinNanos > 0;
        long waitedBefore = 0;
        if (punctual) {
            boost.raise();
            waitedBefore = runQueue == null ? 0 : runQueue.nanos();
        }
        if (timed && nanos > 0 && stampTsc != 0) {
            long since = vcpu.nanosSinceGuestTsc(stampTsc);
            nanos = since < 0 ? nanos : Math.max(0, nanos - since);
        }
        // Drained only when rung: a sleep that ran out saves the read on its way back to the
        // guest, and a ring that comes after the time ran out stays counted for the next IDLE.
        if (stopRequested || doorbell.await(timed ? nanos : -1)) {
            doorbell.drain();
        }
        if (!punctual) {
            return 0;
        }
        boost.holdUntil(System.nanoTime() + WakeBoost.hold(spinNanos));
        return runQueue == null ? 0 : runQueue.nanos() - waitedBefore;
    }

    /** The guest's standard output (CONSOLE_WRITE) or standard error (ERROR_WRITE). */
    private VcpuStop write(CoreExit call, OutputStream target, String hypercall) {
        long address = call.rdi();
        long length = call.rsi();
        if (length < 0 || length > MAX_CONSOLE_WRITE) {
            throw new GuestAddressException(String.format("%s length 0x%x is over the 16 MiB limit", hypercall, length));
        }
        byte[] bytes = memory.read(address, (int) length);
        try {
            synchronized (target) {
                target.write(bytes);
                target.flush();
            }
        } catch (IOException e) {
            report("console write failed: " + e.getMessage());
            return new VcpuStop(Machine.EXIT_MONITOR_FAILURE, core, "console write failed: " + e.getMessage(), -1);
        }
        return null;
    }

    private VcpuStop panic(CoreExit call) {
        long length = Math.min(Math.max(call.rsi(), 0), MAX_PANIC_MESSAGE);
        String message = new String(memory.read(call.rdi(), (int) length), StandardCharsets.UTF_8);
        return fail("guest panic: " + message);
    }

    private VcpuStop fail(String what) {
        report(what + vcpu.registerDump());
        return VcpuStop.failure(core, what.lines().findFirst().orElse(what));
    }

    private void report(String text) {
        errors.println("torito: core " + core + ": " + text);
        errors.flush();
    }
}
