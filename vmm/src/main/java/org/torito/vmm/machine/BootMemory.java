package org.torito.vmm.machine;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.config.GuestSettings;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.elf.ElfSegment;

/**
 * Guest RAM as the guest finds it at entry: the image and each core's private copy of its
 * writable pages, and the system area (GDT, IDT, TSSs, fault stubs, ring-0 stacks, one set of
 * page tables per core, the boot info). {@code tables} holds what each core's entry state
 * points at under KVM; {@code pageMaps} each core's address space, which those page tables
 * encode and which the process backend maps as they say.
 */
public record BootMemory(long bootInfo, List<EntryState.Tables> tables, List<PageMap> pageMaps) {
    /** The lowest address of the boot info: the usual vm.mmap_min_addr. */
    public static final long BOOT_INFO_FLOOR = 0x10000;

    public BootMemory {
        tables = List.copyOf(tables);
        pageMaps = List.copyOf(pageMaps);
    }

    /** Writes everything into {@code memory} (zeroed RAM of the layout's size). */
    public static BootMemory write(GuestMemory memory, GuestLayout layout, ElfImage image,
                                   List<BootInfo.Device> devices, byte[] cmdline, GuestSettings settings, byte[] mounts,
                                   long tscHz,
                                   boolean bootMarks,
                                   long doorPage) {
        loadImage(memory, layout, image);
        int cpus = layout.cpus();
        SystemArea area = new SystemArea();

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
        // The process backend maps the boot info into each core's process as an ordinary user,
        // and Linux refuses such mappings below vm.mmap_min_addr (65536 on most distributions).
        area.skipTo(BOOT_INFO_FLOOR);
        long bootInfo = area.allocate(BootInfo.size(layout, devices, cmdline, settings, mounts), "the boot info");
        long bootInfoEnd = area.used();

        Tss tss = Tss.write(memory, tssBase, rsp0, ist1);
        Gdt.write(memory, gdt, tss);
        Idt.write(memory, idt, stubs);
        memory.write(stubs, FaultStubs.code());
        BootInfo.write(memory, bootInfo, layout, devices, tscHz, cmdline, settings, mounts, bootMarks, doorPage);

        PageMap common = new PageMap(layout.addressSpaceEnd());
        // Page 0 stays not present. The system area is supervisor-only, the stubs executable.
        common.map(SystemArea.START, SystemArea.END, PageFlags.SUPERVISOR_DATA);
        common.map(stubs, stubs + PageMap.PAGE, PageFlags.SUPERVISOR_CODE);
        common.map(bootInfo, bootInfoEnd, PageFlags.USER_READ_ONLY);
        mapImage(common, image);
        // The shared region and every core's region: mapped alike in all cores, so their page tables are shared.
        common.map(layout.sharedBase(), layout.regionBase(cpus - 1) + layout.regionSize(), PageFlags.USER_DATA);
        for (int core = 0; core < cpus; core++) {
            common.map(layout.stackBottom(core), layout.stackTop(core), PageFlags.USER_DATA);
        }
        // The doorbells and the device pages: user-writable, but not RAM, so every access is KVM's to catch.
        common.map(layout.doorbellBase(), layout.addressSpaceEnd(), PageFlags.USER_DATA);

        List<PageMap> maps = new ArrayList<>();
        for (int core = 0; core < cpus; core++) {
            PageMap map = common.copy();
            for (PrivatePages.Range r : layout.privatePages().ranges()) {
                map.relocate(r.start(), r.end(), layout.privateShift(core));
            }
            maps.add(map);
        }
        // The page tables go last: they are carved from the same area they describe as supervisor data.
        long[] pml4 = PageTables.build(memory, area, maps);

        List<EntryState.Tables> tables = new ArrayList<>();
        for (int core = 0; core < cpus; core++) {
            tables.add(new EntryState.Tables(gdt, Gdt.size(cpus) - 1, idt, Idt.SIZE - 1, pml4[core],
                    tss.address(core), tss.limit(core)));
        }
        return new BootMemory(bootInfo, tables, maps);
    }

    /**
     * The segments' file bytes at their addresses, and again into each other core's copy where
     * they fall in a private range. Zero-filled parts (.bss) are fresh RAM, zero already, and
     * stay untouched so the host never backs them until used.
     */
    private static void loadImage(GuestMemory memory, GuestLayout layout, ElfImage image) {
        for (ElfSegment segment : image.segments()) {
            MemorySegment bytes = image.fileBytes(segment);
            memory.write(segment.address(), bytes);
            for (PrivatePages.Range r : layout.privatePages().ranges()) {
                long from = Math.max(r.start(), segment.address());
                long to = Math.min(r.end(), segment.address() + segment.fileSize());
                if (from >= to) {
                    continue;
                }
                MemorySegment part = bytes.asSlice(from - segment.address(), to - from);
                for (int core = 1; core < layout.cpus(); core++) {
                    memory.write(from + layout.privateShift(core), part);
                }
            }
        }
    }

    /** Image pages follow p_flags; a page two segments share gets the union of their rights. */
    private static void mapImage(PageMap map, ElfImage image) {
        for (ElfSegment s : image.segments()) {
            long flags = PageFlags.PRESENT | PageFlags.USER
                    | (s.writable() ? PageFlags.WRITABLE : 0)
                    | (s.executable() ? 0 : PageFlags.NO_EXECUTE);
            long start = s.address() & -PageMap.PAGE;
            long end = (s.end() + PageMap.PAGE - 1) & -PageMap.PAGE;
            long firstPageFlags = PageFlags.union(map.flagsAt(start), flags);
            long lastPageFlags = PageFlags.union(map.flagsAt(end - PageMap.PAGE), flags);
            map.map(start, end, flags);
            map.map(start, start + PageMap.PAGE, firstPageFlags);
            map.map(end - PageMap.PAGE, end, lastPageFlags);
        }
    }
}
