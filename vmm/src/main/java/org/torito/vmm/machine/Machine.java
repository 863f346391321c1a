package org.torito.vmm.machine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.torito.vmm.BadInputException;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.elf.ElfSegment;
import org.torito.vmm.kvm.Kvm;
import org.torito.vmm.kvm.KvmException;
import org.torito.vmm.kvm.KvmVcpu;
import org.torito.vmm.kvm.KvmVm;

/**
 * A guest machine built from a {@link VmConfig}: validates the config and the kernel image
 * (a {@link BadInputException} before anything runs), builds guest RAM and the CPU state of
 * docs/boot-abi.md, runs one vCPU thread per core, and reports how the run ended.
 */
public final class Machine {
    public static final int EXIT_GUEST_FAILURE = 70;
    public static final int EXIT_MONITOR_FAILURE = 71;
    public static final int MAX_CPUS = 64;
    public static final long MAX_MEMORY = 512L * 1024 * 1024 * 1024;
    public static final int MAX_CMDLINE = 64 * 1024;
    private static final long STOP_GRACE_MILLIS = 200;

    private final VmConfig config;
    private final OutputStream console;
    private final PrintStream errors;
    private final boolean bootMarks;

    /** A machine that writes the guest's console to {@code console} and reports to {@code errors}. */
    public Machine(VmConfig config, OutputStream console, PrintStream errors) {
        this(config, console, errors, false);
    }

    /** As above; {@code bootMarks} sets boot-info flag bit 0, asking the guest to send MARK hypercalls. */
    public Machine(VmConfig config, OutputStream console, PrintStream errors, boolean bootMarks) {
        this.config = config;
        this.console = console;
        this.errors = errors;
        this.bootMarks = bootMarks;
    }

    /**
     * Validates, loads and runs the guest until it exits, faults or breaks a rule.
     *
     * @throws BadInputException when the config or the kernel image is unusable; nothing ran
     */
    public MachineOutcome run() {
        validateConfig();
        ElfImage image = ElfImage.read(config.kernel());
        GuestLayout layout = new GuestLayout(config.memoryBytes(), config.cpus());
        image.checkPlacement(GuestLayout.IMAGE_FLOOR, layout.stacksBase(), layout.ramSize());
        byte[] cmdline = BootInfo.encode(config.cmdline() == null ? "" : config.cmdline());
        if (cmdline.length > MAX_CMDLINE) {
            throw new BadInputException("cmdline is " + cmdline.length + " bytes of UTF-8; the limit is " + MAX_CMDLINE);
        }
        try (Kvm kvm = Kvm.open()) {
            return boot(kvm, image, layout, cmdline);
        } catch (KvmException e) {
            errors.println("torito: " + e.getMessage());
            errors.flush();
            return new MachineOutcome(EXIT_MONITOR_FAILURE, e.getMessage(), -1, List.of(), 0);
        }
    }

    private void validateConfig() {
        if (config.cpus() < 1 || config.cpus() > MAX_CPUS) {
            throw new BadInputException("cpus " + config.cpus() + " is out of range: 1 to " + MAX_CPUS);
        }
        long memory = config.memoryBytes();
        if (memory <= 0 || memory > MAX_MEMORY || memory % PageMap.PAGE != 0) {
            throw new BadInputException("memory " + memory + " bytes is not a whole number of 4 KiB pages up to 512 GiB");
        }
    }

    private MachineOutcome boot(Kvm kvm, ElfImage image, GuestLayout layout, byte[] cmdline) {
        CpuFeatures cpu = CpuFeatures.of(kvm.supportedCpuid());
        KvmVm vm = kvm.createVm();
        GuestMemory memory = GuestMemory.allocate(layout.ramSize());
        List<KvmVcpu> vcpus = new ArrayList<>();
        boolean released = true;
        try {
            vm.setUserMemoryRegion(0, 0, memory.hostSegment());
            for (ElfSegment segment : image.segments()) {
                memory.write(segment.address(), image.fileBytes(segment));
            }
            for (int core = 0; core < layout.cpus(); core++) {
                vcpus.add(vm.createVcpu(core));
            }
            long tscHz = vcpus.getFirst().tscKhz() * 1000;
            List<EntryState.Tables> tables = new ArrayList<>();
            long bootInfo = buildSystemArea(memory, layout, image, cpu, cmdline, tscHz, tables);
            for (int core = 0; core < layout.cpus(); core++) {
                EntryState.apply(vcpus.get(core), cpu, tables.get(core), core, image.entry(), layout.stackTop(core),
                        bootInfo);
            }
            released = false;
            Finished finished = runVcpus(vcpus, memory, tscHz);
            released = finished.allStopped();
            return finished.outcome();
        } finally {
            // A vCPU thread that would not stop may still use these; then they stay until the process ends.
            if (released) {
                for (KvmVcpu vcpu : vcpus) {
                    vcpu.close();
                }
                memory.close();
                vm.close();
            }
        }
    }

    /** Lays out the system area, writes every table and the boot info; returns the boot-info address. */
    private long buildSystemArea(GuestMemory memory, GuestLayout layout, ElfImage image, CpuFeatures cpu,
                                 byte[] cmdline, long tscHz, List<EntryState.Tables> tables) {
        int cpus = layout.cpus();
        SystemArea area = new SystemArea();
        PageMap map = new PageMap(layout.ramSize());

        long gdt = area.allocate(Gdt.size(cpus), "the GDT");
        long idt = area.allocate(Idt.SIZE, "the IDT");
        long stubs = area.allocate(FaultStubs.VECTORS * FaultStubs.STUB_SIZE, "the fault stubs");
        long tssBase = area.allocate(Tss.size(cpus), "the TSSs");
        long[] rsp0 = new long[cpus];
        long[] ist1 = new long[cpus];
        for (int core = 0; core < cpus; core++) {
            rsp0[core] = area.allocate(PageMap.PAGE, "ring-0 stacks") + PageMap.PAGE;
            ist1[core] = area.allocate(PageMap.PAGE, "ring-0 stacks") + PageMap.PAGE;
        }
        long imageEnd = roundUp(image.end());
        List<BootInfo.Region> regions = new ArrayList<>();
        if (layout.stacksBase() > imageEnd) {
            regions.add(new BootInfo.Region(imageEnd, layout.stacksBase() - imageEnd, BootInfo.TYPE_USABLE));
        }
        BootInfo.Region[] regionArray = regions.toArray(BootInfo.Region[]::new);
        long bootInfoSize = BootInfo.size(cpus, regionArray.length, cmdline);
        long bootInfo = area.allocate(bootInfoSize, "the boot info");
        long bootInfoEnd = area.used();

        Tss tss = Tss.write(memory, tssBase, rsp0, ist1);
        Gdt.write(memory, gdt, tss);
        Idt.write(memory, idt, stubs);
        memory.write(stubs, FaultStubs.code());
        BootInfo.write(memory, bootInfo, layout, tscHz, cmdline, regionArray, image.start(), imageEnd, bootMarks);

        // Page 0 stays not present. The system area is supervisor-only, the stubs executable.
        map.map(SystemArea.START, SystemArea.END, PageFlags.SUPERVISOR_DATA);
        map.map(stubs, stubs + PageMap.PAGE, PageFlags.SUPERVISOR_CODE);
        map.map(bootInfo, bootInfoEnd, PageFlags.USER_READ_ONLY);
        mapImage(map, image);
        if (layout.stacksBase() > imageEnd) {
            map.map(imageEnd, layout.stacksBase(), PageFlags.USER_DATA);
        }
        for (int core = 0; core < cpus; core++) {
            map.map(layout.stackBottom(core), layout.stackTop(core), PageFlags.USER_DATA);
        }
        // The page tables go last: they are carved from the same area they describe as supervisor data.
        long pml4 = PageTables.build(memory, area, map);

        for (int core = 0; core < cpus; core++) {
            tables.add(new EntryState.Tables(gdt, Gdt.size(cpus) - 1, idt, Idt.SIZE - 1, pml4, tss.address(core),
                    tss.limit(core)));
        }
        return bootInfo;
    }

    /** Image pages follow p_flags; a page two segments share gets the union of their rights. */
    private static void mapImage(PageMap map, ElfImage image) {
        for (ElfSegment s : image.segments()) {
            long flags = PageFlags.PRESENT | PageFlags.USER
                    | (s.writable() ? PageFlags.WRITABLE : 0)
                    | (s.executable() ? 0 : PageFlags.NO_EXECUTE);
            long start = roundDown(s.address());
            long end = roundUp(s.end());
            long firstPageFlags = PageFlags.union(map.flagsAt(start), flags);
            long lastPageFlags = PageFlags.union(map.flagsAt(end - PageMap.PAGE), flags);
            map.map(start, end, flags);
            map.map(start, start + PageMap.PAGE, firstPageFlags);
            map.map(end - PageMap.PAGE, end, lastPageFlags);
        }
    }

    private record Finished(MachineOutcome outcome, boolean allStopped) {
    }

    private Finished runVcpus(List<KvmVcpu> kvmVcpus, GuestMemory memory, long tscHz) {
        CompletableFuture<VcpuStop> first = new CompletableFuture<>();
        List<BootMark> marks = new CopyOnWriteArrayList<>();
        List<Vcpu> vcpus = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (KvmVcpu kvmVcpu : kvmVcpus) {
            Vcpu vcpu = new Vcpu(kvmVcpu, memory, console, errors, marks::add, stop -> {
                if (stop != null) {
                    first.complete(stop);
                }
            });
            vcpus.add(vcpu);
            threads.add(Thread.ofPlatform().name("vcpu-" + kvmVcpu.id()).daemon().unstarted(vcpu));
        }
        threads.forEach(Thread::start);
        VcpuStop stop;
        try {
            stop = first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = new VcpuStop(EXIT_MONITOR_FAILURE, -1, "interrupted while the guest ran", -1);
        } catch (ExecutionException e) {
            stop = new VcpuStop(EXIT_MONITOR_FAILURE, -1, String.valueOf(e.getCause()), -1);
        }
        vcpus.forEach(Vcpu::requestStop);
        boolean allStopped = true;
        for (Thread thread : threads) {
            try {
                thread.join(STOP_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            allStopped &= !thread.isAlive();
        }
        return new Finished(new MachineOutcome(stop.exitCode(), stop.reason(), stop.exitCodeSegment(), marks, tscHz),
                allStopped);
    }

    private static long roundUp(long address) {
        return (address + PageMap.PAGE - 1) & -PageMap.PAGE;
    }

    private static long roundDown(long address) {
        return address & -PageMap.PAGE;
    }
}
