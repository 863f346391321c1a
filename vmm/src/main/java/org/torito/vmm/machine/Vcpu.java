package org.torito.vmm.machine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.torito.vmm.devices.MmioBus;
import org.torito.vmm.kvm.EventFd;
import org.torito.vmm.kvm.KvmException;
import org.torito.vmm.kvm.KvmRegs;
import org.torito.vmm.kvm.KvmRun;
import org.torito.vmm.kvm.KvmSregs;
import org.torito.vmm.kvm.KvmVcpu;
import org.torito.vmm.kvm.Register;

/**
 * One core: a platform thread in a KVM_RUN loop that serves the hypercalls and turns every
 * other exit into a report and a stop. Its state is its own; only the console, the error
 * stream and the mark sink are shared, and they are thread-safe.
 */
final class Vcpu implements Runnable {
    private static final long MAX_CONSOLE_WRITE = 16L * 1024 * 1024;
    private static final long MAX_PANIC_MESSAGE = 64 * 1024;
    /** An IDLE longer than ~31 years is one without limit (and keeps deadline arithmetic from overflowing). */
    private static final long MAX_IDLE_NANOS = 1_000_000_000_000_000_000L;

    private final KvmVcpu vcpu;
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

    Vcpu(KvmVcpu vcpu, EventFd doorbell, WakeBoost wakeBoost, CoreView memory, MmioBus bus, OutputStream console,
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
        try (Arena arena = Arena.ofConfined()) {
            vcpu.bindRunThread();
            boost = wakeBoost.bind(core);
            stop = loop(new KvmRegs(arena), new KvmSregs(arena));
        } catch (KvmException e) {
            report(e.getMessage());
            stop = new VcpuStop(Machine.EXIT_MONITOR_FAILURE, core, e.getMessage(), -1);
        } catch (RuntimeException | Error e) {
            // Whatever happens, the machine must hear that this core stopped.
            report("monitor error: " + e);
            stop = new VcpuStop(Machine.EXIT_MONITOR_FAILURE, core, e.toString(), -1);
        }
        vcpu.unbindRunThread();
        if (boost != null) {
            boost.release();
        }
        stopped.accept(stop);
    }

    private VcpuStop loop(KvmRegs regs, KvmSregs sregs) {
        KvmRun run = vcpu.kvmRun();
        while (true) {
            if (stopRequested) {
                return null;
            }
            if (!vcpu.run()) {
                continue;
            }
            exits++;
            VcpuStop stop = switch (run.exitReason()) {
                case KvmRun.EXIT_IO -> io(run, regs, sregs);
                case KvmRun.EXIT_HLT -> fail(regs, sregs, "the guest executed hlt");
                case KvmRun.EXIT_SHUTDOWN -> fail(regs, sregs, "triple fault (KVM_EXIT_SHUTDOWN): a fault while"
                        + " delivering a fault");
                case KvmRun.EXIT_INTERNAL_ERROR -> fail(regs, sregs, "KVM internal error, suberror "
                        + run.internalSuberror() + (run.internalSuberror() == 1 ? " (emulation failure)" : "")
                        + data(run.internalData()));
                case KvmRun.EXIT_FAIL_ENTRY -> fail(regs, sregs, String.format(
                        "KVM could not enter the guest (hardware entry failure reason 0x%x)", run.failEntryReason()));
                case KvmRun.EXIT_MMIO -> mmio(run, regs, sregs);
                case KvmRun.EXIT_EXCEPTION -> fail(regs, sregs, String.format("exception %d %s, error code 0x%x",
                        run.exceptionVector(), ExceptionVector.name(run.exceptionVector()),
                        run.exceptionErrorCode()));
                case KvmRun.EXIT_SYSTEM_EVENT -> fail(regs, sregs, "system event " + run.systemEventType());
                case KvmRun.EXIT_INTR -> null;
                default -> fail(regs, sregs, "unexpected KVM exit reason " + run.exitReason());
            };
            if (stop != null) {
                return stop;
            }
        }
    }

    private VcpuStop mmio(KvmRun run, KvmRegs regs, KvmSregs sregs) {
        long address = run.mmioPhysAddr();
        int width = run.mmioLength();
        MmioBus.Mapping device = width >= 1 && width <= 8 ? bus.at(address, width) : null;
        if (device == null) {
            return fail(regs, sregs, String.format("MMIO %s of %d bytes at 0x%x, where there is no device",
                    run.mmioIsWrite() ? "write" : "read", width, address));
        }
        long offset = address - device.base();
        if (run.mmioIsWrite()) {
            long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
            device.device().write(offset, width, run.mmioData() & mask);
        } else {
            run.setMmioData(device.device().read(offset, width));
        }
        return null;
    }

    private VcpuStop io(KvmRun run, KvmRegs regs, KvmSregs sregs) {
        int port = run.ioPort();
        if (run.ioDirection() == KvmRun.IO_IN) {
            return fail(regs, sregs, String.format("the guest read %d byte(s) from port 0x%x; no port can be read",
                    run.ioSize(), port));
        }
        vcpu.getRegs(regs);
        try {
            return switch (port) {
                case Hypercall.CONSOLE_WRITE -> write(regs, console, "CONSOLE_WRITE");
                case Hypercall.ERROR_WRITE -> write(regs, errors, "ERROR_WRITE");
                case Hypercall.EXIT -> exit(regs, sregs);
                case Hypercall.PANIC -> panic(regs, sregs);
                case Hypercall.FAULT -> fault(regs, sregs);
                case Hypercall.IDLE -> idle(regs.get(Register.RDI), regs.get(Register.RSI));
                case Hypercall.MARK -> {
                    marks.accept(new BootMark(core, regs.get(Register.RDI), regs.get(Register.RSI), System.nanoTime()));
                    yield null;
                }
                default -> fail(regs, sregs, String.format("the guest wrote to port 0x%x, which is no hypercall", port));
            };
        } catch (GuestAddressException e) {
            return fail(regs, sregs, String.format("hypercall on port 0x%x: %s", port, e.getMessage()));
        }
    }

    /**
     * Sleeps until the doorbell rings or {@code nanos} pass (negative as unsigned: no limit). A ring
     * since the last IDLE returned is still counted in the eventfd, so this returns at once then.
     * A timed sleep that the guest will finish by spinning {@code spinNanos} (a Thread.sleep)
     * runs at raised host priority, held while it spins (WakeBoost): that is what makes the
     * wake-up punctual. A timed sleep without a spin (a network timer) stays at normal priority.
     */
    private VcpuStop idle(long nanos, long spinNanos) {
        boolean timed = nanos >= 0 && nanos <= MAX_IDLE_NANOS;
        boolean punctual = timed && spinNanos > 0;
        if (punctual) {
            boost.raise();
        }
        // Drained only when rung: a sleep that ran out saves the read on its way back to the
        // guest, and a ring that comes after the time ran out stays counted for the next IDLE.
        if (stopRequested || doorbell.await(timed ? nanos : -1)) {
            doorbell.drain();
        }
        if (punctual) {
            boost.holdUntil(System.nanoTime() + WakeBoost.hold(spinNanos));
        }
        return null;
    }

    /** The guest's standard output (CONSOLE_WRITE) or standard error (ERROR_WRITE). */
    private VcpuStop write(KvmRegs regs, OutputStream target, String hypercall) {
        long address = regs.get(Register.RDI);
        long length = regs.get(Register.RSI);
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

    private VcpuStop exit(KvmRegs regs, KvmSregs sregs) {
        vcpu.getSregs(sregs);
        int code = (int) (regs.get(Register.RDI) & 0xFF);
        return new VcpuStop(code, core, "the guest called EXIT with " + regs.get(Register.RDI), sregs.cs().selector());
    }

    private VcpuStop panic(KvmRegs regs, KvmSregs sregs) {
        long length = Math.min(Math.max(regs.get(Register.RSI), 0), MAX_PANIC_MESSAGE);
        String message = new String(memory.read(regs.get(Register.RDI), (int) length), StandardCharsets.UTF_8);
        return fail(regs, sregs, "guest panic: " + message);
    }

    private VcpuStop fault(KvmRegs regs, KvmSregs sregs) {
        vcpu.getSregs(sregs);
        if ((sregs.cs().selector() & 3) != 0) {
            return fail(regs, sregs, "the guest wrote to the FAULT port from user mode; only the fault stubs may");
        }
        long frame = regs.get(Register.RSP);
        long[] slot = new long[FaultStubs.FRAME_SLOTS];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = memory.readLong(frame + 8L * i);
        }
        long vector = slot[FaultStubs.SLOT_VECTOR];
        long errorCode = slot[FaultStubs.SLOT_ERROR_CODE];
        StringBuilder text = new StringBuilder();
        text.append(String.format("guest fault: vector %d %s, error code 0x%x", vector, ExceptionVector.name(vector),
                errorCode));
        if (vector == 14) {
            text.append(" (").append(ExceptionVector.describePageFault(errorCode)).append(')');
        }
        text.append(String.format("%n  rip 0x%016x  cs 0x%x  rflags 0x%x  rsp 0x%016x  ss 0x%x  cr2 0x%016x",
                slot[FaultStubs.SLOT_RIP], slot[FaultStubs.SLOT_CS], slot[FaultStubs.SLOT_RFLAGS],
                slot[FaultStubs.SLOT_RSP], slot[FaultStubs.SLOT_SS], sregs.cr2()));
        // The stub saved rax and rdx before using them; the others are as the fault left them.
        regs.set(Register.RAX, slot[FaultStubs.SLOT_RAX]);
        regs.set(Register.RDX, slot[FaultStubs.SLOT_RDX]);
        text.append(generalRegisters(regs, true));
        String reason = text.toString();
        report(reason);
        return VcpuStop.failure(core, reason.lines().findFirst().orElse(reason));
    }

    private VcpuStop fail(KvmRegs regs, KvmSregs sregs, String what) {
        StringBuilder text = new StringBuilder(what);
        try {
            vcpu.getRegs(regs);
            vcpu.getSregs(sregs);
            text.append(String.format("%n  rip 0x%016x  cs 0x%x  rflags 0x%x  rsp 0x%016x  cr2 0x%016x  cr3 0x%x",
                    regs.get(Register.RIP), sregs.cs().selector(), regs.get(Register.RFLAGS), regs.get(Register.RSP),
                    sregs.cr2(), sregs.cr3()));
            text.append(generalRegisters(regs, true));
        } catch (KvmException e) {
            text.append(" (registers unavailable: ").append(e.getMessage()).append(')');
        }
        report(text.toString());
        return VcpuStop.failure(core, what.lines().findFirst().orElse(what));
    }

    private static String generalRegisters(KvmRegs regs, boolean skipShown) {
        StringBuilder text = new StringBuilder();
        Register[] all = Register.values();
        int column = 0;
        for (Register r : all) {
            if (r == Register.RIP || r == Register.RFLAGS || (skipShown && r == Register.RSP)) {
                continue;
            }
            if (column % 4 == 0) {
                text.append(String.format("%n "));
            }
            text.append(String.format(" %-3s 0x%016x", r.label(), regs.get(r)));
            column++;
        }
        return text.toString();
    }

    private static String data(long[] data) {
        if (data.length == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(", data");
        for (long d : data) {
            text.append(String.format(" 0x%x", d));
        }
        return text.toString();
    }

    private void report(String text) {
        errors.println("torito: core " + core + ": " + text);
        errors.flush();
    }
}
