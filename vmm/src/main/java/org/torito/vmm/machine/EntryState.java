package org.torito.vmm.machine;

import java.lang.foreign.Arena;

import org.torito.vmm.kvm.KvmFpu;
import org.torito.vmm.kvm.KvmRegs;
import org.torito.vmm.kvm.KvmSregs;
import org.torito.vmm.kvm.KvmVcpu;
import org.torito.vmm.kvm.KvmXcrs;
import org.torito.vmm.accel.Register;

/** Puts a vCPU into the boot ABI's entry state: 64-bit long mode, paging on, CPL 3 at e_entry. */
public final class EntryState {
    /** PE, MP, ET, NE, WP, PG. */
    public static final long CR0 = 0x80050033L;
    /** LME, LMA, NXE. */
    public static final long EFER = 0xD00L;
    private static final int FLAT_LIMIT = 0xFFFFFFFF;

    private EntryState() {
    }

    /** Where the system area put this core's tables. */
    public record Tables(long gdt, int gdtLimit, long idt, int idtLimit, long pml4, long tss, int tssLimit) {
    }

    public static void apply(KvmVcpu vcpu, CpuFeatures cpu, Tables tables, int core, long entry, long stackTop,
                             long bootInfo) {
        try (Arena arena = Arena.ofConfined()) {
            // CPUID first: KVM derives what CR4 and XCR0 may hold from it, and CPL-3 cpuid hangs without it.
            vcpu.setCpuid(cpu.forCore(core));

            KvmSregs sregs = new KvmSregs(arena);
            vcpu.getSregs(sregs);
            sregs.cs().set(0, FLAT_LIMIT, Gdt.USER_CODE, Gdt.CODE_TYPE, 3, 1, 1, 0, 1);
            sregs.ds().set(0, FLAT_LIMIT, Gdt.USER_DATA, Gdt.DATA_TYPE, 3, 1, 0, 1, 1);
            sregs.es().set(0, FLAT_LIMIT, Gdt.USER_DATA, Gdt.DATA_TYPE, 3, 1, 0, 1, 1);
            sregs.fs().set(0, FLAT_LIMIT, Gdt.USER_DATA, Gdt.DATA_TYPE, 3, 1, 0, 1, 1);
            sregs.gs().set(0, FLAT_LIMIT, Gdt.USER_DATA, Gdt.DATA_TYPE, 3, 1, 0, 1, 1);
            sregs.ss().set(0, FLAT_LIMIT, Gdt.USER_DATA, Gdt.DATA_TYPE, 3, 1, 0, 1, 1);
            sregs.tr().set(tables.tss(), tables.tssLimit(), Gdt.tssSelector(core), cpu.taskRegisterType(), 0, 0, 0, 0, 0);
            sregs.ldt().setUnusable();
            sregs.setGdt(tables.gdt(), tables.gdtLimit());
            sregs.setIdt(tables.idt(), tables.idtLimit());
            sregs.setCr0(CR0);
            sregs.setCr3(tables.pml4());
            sregs.setCr4(cpu.cr4());
            sregs.setEfer(EFER);
            vcpu.setSregs(sregs);

            if (cpu.xsave()) {
                vcpu.setXcrs(new KvmXcrs(arena, cpu.xcr0()));
            }

            KvmFpu fpu = new KvmFpu(arena);
            fpu.setFcw(0x37F);       // x87 default: all exceptions masked, 64-bit precision
            fpu.setMxcsr(0x1F80);    // SSE default: all exceptions masked, round to nearest
            vcpu.setFpu(fpu);

            KvmRegs regs = new KvmRegs(arena);
            regs.set(Register.RIP, entry);
            regs.set(Register.RSP, stackTop);
            regs.set(Register.RDI, bootInfo);
            regs.set(Register.RSI, core);
            regs.set(Register.RFLAGS, 0x2);
            vcpu.setRegs(regs);
        }
    }
}
