package org.torito.vmm.process;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.accel.CoreExit;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.accel.Register;
import org.torito.vmm.accel.RegisterDump;
import org.torito.vmm.host.ChildProcess;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import org.torito.vmm.host.SeqPacketPair;
import org.torito.vmm.machine.ExceptionVector;

/**
 * One guest core as a sandboxed Linux process (core-sandbox), behind the accelerator seam. The
 * process is started on the core's own thread (so it dies with that thread as well as with the
 * monitor), and every exit arrives as one message on the core's socket: a forwarded hypercall
 * or MMIO access, answered with one word, or a fault, never answered (the process is killed).
 */
final class ProcessCore implements GuestCore {
    /** A user-mode code selector as Linux sets it for 64-bit processes (RPL 3). */
    private static final int LINUX_USER_CS = 0x33;

    private final SandboxProtocol.Setup setup;
    private final List<Integer> inherited;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment message = arena.allocate(8L * SandboxProtocol.EXIT_WORDS, 8);
    private final MemorySegment answer = arena.allocate(8, 8);
    private final MemorySegment callState = Libc.allocateCallState(arena);
    private final long[] last = new long[SandboxProtocol.EXIT_WORDS];
    private SeqPacketPair socket;
    private ChildProcess process;
    private boolean answerPending;
    /** The faulting address of the last signal (CR2 for a page fault), 0 for any other exit. */
    private long faultAddress;
    private boolean ended;
    private volatile boolean kicked;

    ProcessCore(SandboxProtocol.Setup setup, List<Integer> inherited) {
        this.setup = setup;
        this.inherited = List.copyOf(inherited);
    }

    @Override
    public int id() {
        return setup.core();
    }

    /** Starts the sandbox process and sends it its set-up; it says READY before the guest runs. */
    @Override
    public void bindRunThread() {
        socket = SeqPacketPair.open();
        List<Integer> fds = new ArrayList<>(inherited);
        fds.add(socket.there());
        ChildProcess child = ChildProcess.spawn(SandboxBinary.get().path(), List.of("torito-core-" + setup.core(),
                Integer.toString(socket.there()), Integer.toString(ChildProcess.currentPid())),
                fds.stream().mapToInt(Integer::intValue).toArray());
        synchronized (this) {
            process = child;
            if (kicked) {
                process.kill();
            }
        }
        socket.closeThere();
        long[] words = setup.encode();
        MemorySegment out = arena.allocate(8L * words.length, 8);
        MemorySegment.copy(words, 0, out, JAVA_LONG, 0, words.length);
        long sent = Libc.write(socket.here(), out, callState);
        if (sent != out.byteSize() && !kicked) {
            throw new HostCallException("sending core " + setup.core() + "'s sandbox its set-up", (int) -sent,
                    sent < 0 ? Libc.errnoText((int) -sent) : "short write");
        }
    }

    /** Nothing to undo: a kick kills the process, which needs no thread of the monitor. */
    @Override
    public void unbindRunThread() {
    }

    @Override
    public CoreExit run(CoreExit exit) {
        if (ended) {
            return exit.interrupted();
        }
        if (answerPending) {
            answerPending = false;
            if (Libc.write(socket.here(), answer, callState) != 8) {
                return processEnded(exit);
            }
        }
        while (true) {
            long got = Libc.read(socket.here(), message, callState);
            if (got == -Libc.EINTR) {
                continue;
            }
            if (got <= 0) {
                return processEnded(exit);
            }
            if (got != message.byteSize()) {
                return exit.fault("the core's sandbox sent a malformed message (" + got + " bytes)");
            }
            MemorySegment.copy(message, JAVA_LONG, 0, last, 0, last.length);
            faultAddress = 0;
            long a = last[SandboxProtocol.WORD_A];
            long b = last[SandboxProtocol.WORD_B];
            long c = last[SandboxProtocol.WORD_C];
            switch ((int) last[SandboxProtocol.WORD_KIND]) {
                case SandboxProtocol.EXIT_READY -> {
                    continue;
                }
                case SandboxProtocol.EXIT_HYPERCALL -> {
                    return answering(0, exit.portWrite(a < 0 || a > 0xFFFF ? -1 : (int) a, b, c));
                }
                case SandboxProtocol.EXIT_MMIO_READ -> {
                    return answering(0, exit.mmioRead(a, (int) Math.min(Math.max(b, 0), 8)));
                }
                case SandboxProtocol.EXIT_MMIO_WRITE -> {
                    return answering(0, exit.mmioWrite(a, (int) Math.min(Math.max(b, 0), 8), c));
                }
                case SandboxProtocol.EXIT_SIGNAL -> {
                    faultAddress = c;
                    return exit.fault(describeSignal((int) a, b) + registerDump());
                }
                case SandboxProtocol.EXIT_SYSCALL -> {
                    return exit.fault(String.format("the guest made system call %d at 0x%x, which the"
                            + " sandbox does not allow (guest code talks to the monitor only through its door page)",
                            a, b) + registerDump());
                }
                case SandboxProtocol.EXIT_SETUP_FAILED -> throw new HostCallException(String.format(
                        "core %d's sandbox failed %s%s: %s (errno %d)", setup.core(), step(b),
                        c == 0 ? "" : String.format(" at 0x%x", c), Libc.errnoText((int) a), a));
                default -> {
                    return exit.fault("the core's sandbox sent an unknown message kind "
                            + last[SandboxProtocol.WORD_KIND]);
                }
            }
        }
    }

    private CoreExit answering(long value, CoreExit exit) {
        answer.set(JAVA_LONG, 0, value);
        answerPending = true;
        return exit;
    }

    private CoreExit processEnded(CoreExit exit) {
        ended = true;
        int status = process.killAndReap();
        if (kicked) {
            return exit.interrupted();
        }
        return exit.fault("the core's sandbox process ended unexpectedly (" + ChildProcess.describe(status)
                + ")");
    }

    private static String step(long step) {
        return step > 0 && step < SandboxProtocol.SETUP_STEPS.size() ? SandboxProtocol.SETUP_STEPS.get((int) step)
                : "step " + step;
    }

    /** A fault as the CPU reported it to Linux: the vector and error code come from the signal frame. */
    private String describeSignal(int signal, long code) {
        long vector = last[SandboxProtocol.WORD_TRAPNO];
        long errorCode = last[SandboxProtocol.WORD_ERR];
        StringBuilder text = new StringBuilder(String.format("guest fault: vector %d %s, error code 0x%x", vector,
                ExceptionVector.name(vector), errorCode));
        if (vector == 14) {
            text.append(" (").append(ExceptionVector.describePageFault(errorCode)).append(')');
        }
        text.append(String.format(" (signal %d, code %d)", signal, code));
        return text.toString();
    }

    @Override
    public void completeMmioRead(long value) {
        answer.set(JAVA_LONG, 0, value);
    }

    /** The process backend's IDLE never reaches the monitor (docs/boot-abi.md): nothing to measure. */
    @Override
    public long nanosSinceGuestTsc(long tsc) {
        return -1;
    }

    @Override
    public void completePortRead(int value) {
        answer.set(JAVA_LONG, 0, Integer.toUnsignedLong(value));
    }

    @Override
    public int codeSegment() {
        return LINUX_USER_CS;
    }

    /** The registers of the last exit: a fault's from its signal frame, a door's as the call left them. */
    @Override
    public String registerDump() {
        long cs = last[SandboxProtocol.WORD_CSGSFS] & 0xFFFF;
        return String.format("%n  rip 0x%016x  cs 0x%x  rflags 0x%x  rsp 0x%016x  cr2 0x%016x",
                register(Register.RIP), cs == 0 ? LINUX_USER_CS : cs, register(Register.RFLAGS),
                register(Register.RSP), faultAddress) + RegisterDump.general(this::register, true);
    }

    /** A register of the last exit, from the sandbox's word order. */
    private long register(Register register) {
        return last[SandboxProtocol.WORD_REGS + SandboxProtocol.REGISTER_ORDER.indexOf(register.label())];
    }

    /** Ends the sandbox process: its thread's {@link #run} then reads end-of-file and returns. */
    @Override
    public void kick() {
        kicked = true;
        synchronized (this) {
            if (process != null) {
                process.kill();
            }
        }
    }

    @Override
    public void close() {
        kicked = true;
        ChildProcess child;
        synchronized (this) {
            child = process;
        }
        if (child != null) {
            child.killAndReap();
        }
        if (socket != null) {
            socket.close();
        }
        arena.close();
    }
}
