package org.torito.vmm.kvm;

import java.lang.foreign.Arena;

import org.torito.vmm.accel.CoreExit;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.accel.Register;
import org.torito.vmm.accel.RegisterDump;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.machine.ExceptionVector;
import org.torito.vmm.machine.FaultStubs;
import org.torito.vmm.machine.GuestMemory;
import org.torito.vmm.machine.Hypercall;

/**
 * A KVM vCPU behind the accelerator seam: KVM_RUN, and each exit reason translated into a
 * {@link CoreExit}. What only KVM has stays here: the ring-0 fault stubs' report (read from the
 * stub's frame and CR2), hlt, triple faults, internal errors and failed entries.
 */
final class KvmCore implements GuestCore {
    private final KvmVcpu vcpu;
    private final KvmRun run;
    private final Arena arena = Arena.ofShared();
    private final KvmRegs regs = new KvmRegs(arena);
    private final KvmSregs sregs = new KvmSregs(arena);
    /** Guest RAM, where the fault stubs leave their frame. */
    private final GuestMemory memory;
    private final long tscHz;

    KvmCore(KvmVcpu vcpu, GuestMemory memory, long tscHz) {
        this.tscHz = tscHz;
        this.vcpu = vcpu;
        this.run = vcpu.kvmRun();
        this.memory = memory;
    }

    @Override
    public int id() {
        return vcpu.id();
    }

    @Override
    public void bindRunThread() {
        vcpu.bindRunThread();
    }

    @Override
    public void unbindRunThread() {
        vcpu.unbindRunThread();
    }

    @Override
    public CoreExit run(CoreExit exit) {
        if (!vcpu.run()) {
            return exit.interrupted();
        }
        return switch (run.exitReason()) {
            case KvmRun.EXIT_IO -> io(exit);
            case KvmRun.EXIT_MMIO -> run.mmioIsWrite()
                    ? exit.mmioWrite(run.mmioPhysAddr(), run.mmioLength(), run.mmioData())
                    : exit.mmioRead(run.mmioPhysAddr(), run.mmioLength());
            case KvmRun.EXIT_HLT -> fault(exit, "the guest executed hlt");
            case KvmRun.EXIT_SHUTDOWN -> fault(exit, "triple fault (KVM_EXIT_SHUTDOWN): a fault while delivering a fault");
            case KvmRun.EXIT_INTERNAL_ERROR -> fault(exit, "KVM internal error, suberror " + run.internalSuberror()
                    + (run.internalSuberror() == 1 ? " (emulation failure)" : "") + data(run.internalData()));
            case KvmRun.EXIT_FAIL_ENTRY -> fault(exit, String.format(
                    "KVM could not enter the guest (hardware entry failure reason 0x%x)", run.failEntryReason()));
            case KvmRun.EXIT_EXCEPTION -> fault(exit, String.format("exception %d %s, error code 0x%x",
                    run.exceptionVector(), ExceptionVector.name(run.exceptionVector()), run.exceptionErrorCode()));
            case KvmRun.EXIT_SYSTEM_EVENT -> fault(exit, "system event " + run.systemEventType());
            case KvmRun.EXIT_INTR -> exit.interrupted();
            default -> fault(exit, "unexpected KVM exit reason " + run.exitReason());
        };
    }

    private CoreExit io(CoreExit exit) {
        vcpu.getRegs(regs);
        if (run.ioDirection() == KvmRun.IO_IN) {
            if (run.ioCount() != 1) {
                return fault(exit, String.format("the guest read port 0x%x %d times in one instruction (rep ins)",
                        run.ioPort(), run.ioCount()));
            }
            return exit.portRead(run.ioPort(), run.ioSize(), regs.get(Register.RDI), regs.get(Register.RSI),
                    regs.get(Register.RCX));
        }
        if (run.ioPort() == Hypercall.FAULT && (codeSegment() & 3) == 0) {
            return exit.fault(stubFault());
        }
        return exit.portWrite(run.ioPort(), regs.get(Register.RDI), regs.get(Register.RSI));
    }

    /** A ring-0 fault stub's report: its frame on the ring-0 stack, and CR2. */
    private String stubFault() {
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
        text.append(RegisterDump.general(regs::get, true));
        return text.toString();
    }

    private CoreExit fault(CoreExit exit, String what) {
        return exit.fault(what + registerDump());
    }

    @Override
    public void completeMmioRead(long value) {
        run.setMmioData(value);
    }

    @Override
    public long nanosSinceGuestTsc(long tsc) {
        long now = vcpu.guestTsc();
        if (now < 0 || tscHz <= 0) {
            return -1;
        }
        long ticks = now - tsc;
        return ticks <= 0 ? 0 : (long) (ticks * (1e9 / tscHz));
    }

    @Override
    public void completePortRead(int value) {
        run.setIoData(value);
    }

    @Override
    public int codeSegment() {
        vcpu.getSregs(sregs);
        return sregs.cs().selector();
    }

    @Override
    public String registerDump() {
        try {
            vcpu.getRegs(regs);
            vcpu.getSregs(sregs);
            return String.format("%n  rip 0x%016x  cs 0x%x  rflags 0x%x  rsp 0x%016x  cr2 0x%016x  cr3 0x%x",
                    regs.get(Register.RIP), sregs.cs().selector(), regs.get(Register.RFLAGS), regs.get(Register.RSP),
                    sregs.cr2(), sregs.cr3()) + RegisterDump.general(regs::get, true);
        } catch (HostCallException e) {
            return " (registers unavailable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void kick() {
        vcpu.kick();
    }

    @Override
    public void close() {
        vcpu.close();
        arena.close();
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
}
