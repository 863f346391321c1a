package org.torito.vmm.machine;

import org.torito.vmm.BadInputException;
import org.torito.vmm.elf.ElfImage;

/**
 * Where things go in guest RAM (docs/boot-abi.md): the system area below 2 MiB, the image
 * from 2 MiB, then cores 1…N-1's private copies of the image's writable pages, the shared
 * region, one private region per core, and one stack per core at the top of RAM, each with a
 * non-present guard page below. The doorbell page lies above RAM.
 */
public final class GuestLayout {
    public static final long IMAGE_FLOOR = SystemArea.END;
    /**
     * A core's stack: 8 MiB, deep enough that a Java program recurses at least as deep as on
     * HotSpot with its default 1 MiB thread stack (TeaVM's C frames are larger than HotSpot's
     * compiled ones, and C2 inlines recursion; StackDepthTest measures both). Untouched stack
     * pages cost the host nothing: guest RAM is backed as the guest writes it.
     */
    public static final long STACK_SIZE = 8L * 1024 * 1024;
    /**
     * Below each stack, 2 MiB that are not mapped. A whole 2 MiB keeps the stacks on large
     * pages: a 4 KiB guard needs a page table of its own, one per core, and 64 cores' of those
     * did not fit the system area. The guest never touches it, so the host never backs it.
     */
    public static final long GUARD_SIZE = 2L * 1024 * 1024;
    /** A core's guard and stack, 2 MiB-aligned. */
    public static final long STACK_SLOT = GUARD_SIZE + STACK_SIZE;
    /** One 64 KiB ring per ordered pair of cores (cpus² rings), and never less than 1 MiB. */
    public static final long RING_SIZE = 64 * 1024;
    public static final long MIN_SHARED_SIZE = 1024 * 1024;
    /**
     * A core's region holds its C allocator's arena and its Java heap; the guest platform stops
     * below 8 MiB (boot/src/main/c/torito/memory.c), so a smaller one is refused here, as bad
     * input with the size needed, rather than as a panic on every core.
     */
    public static final long MIN_REGION_SIZE = 8L * 1024 * 1024;
    /** The doorbell page sits at RAM rounded up to this, out of the way of any RAM growth. */
    public static final long DOORBELL_ALIGN = 1L << 30;
    /** Pages after the doorbell page, one per MMIO device, mapped whether a device is there or not. */
    public static final int MMIO_DEVICE_SLOTS = 32;
    private static final long LARGE_PAGE = 2L * 1024 * 1024;

    private final long ramSize;
    private final int cpus;
    private final long imageStart;
    private final long imageEnd;
    private final PrivatePages privatePages;
    private final long[] copyBase;
    private final long sharedBase;
    private final long sharedSize;
    private final long regionsBase;
    private final long regionSize;

    /** A layout with the stacks only, for an image of [IMAGE_FLOOR, imageEnd) with nothing writable. */
    public GuestLayout(long ramSize, int cpus) {
        this(ramSize, cpus, IMAGE_FLOOR, IMAGE_FLOOR, new PrivatePages(java.util.List.of()));
    }

    public GuestLayout(long ramSize, int cpus, long imageStart, long imageEnd, PrivatePages privatePages) {
        this.ramSize = ramSize;
        this.cpus = cpus;
        this.imageStart = imageStart;
        this.imageEnd = roundUp(imageEnd, PageMap.PAGE);
        this.privatePages = privatePages;
        checkStacksFit(ramSize, cpus);
        this.copyBase = new long[cpus];
        long next = this.imageEnd;
        long span = privatePages.spanSize();
        for (int core = 1; core < cpus; core++) {
            // A copy as large as a 2 MiB page keeps the image's offset within 2 MiB pages, so its
            // page tables can use them (64 cores' 4 KiB tables would not fit the system area).
            if (span >= LARGE_PAGE) {
                long want = privatePages.spanStart() & (LARGE_PAGE - 1);
                next = roundUp(next - want, LARGE_PAGE) + want;
            }
            copyBase[core] = next;
            next += span;
        }
        this.sharedBase = next;
        this.sharedSize = sharedSizeFor(cpus);
        this.regionsBase = sharedBase + sharedSize;
        long free = stacksBase() - regionsBase;
        this.regionSize = free <= 0 ? 0 : (free / cpus) & -PageMap.PAGE;
        if (regionSize < MIN_REGION_SIZE) {
            long needed = roundUp(regionsBase + cpus * MIN_REGION_SIZE, LARGE_PAGE) + cpus * STACK_SLOT;
            throw new BadInputException(String.format(
                    "memory %s is too small for %d core(s): the image, %d private copies of its %s of writable pages,"
                            + " the %s shared region, a region of at least %s and a stack of %s with its %s guard per core need %s",
                    ElfImage.sizeText(ramSize), cpus, cpus - 1, ElfImage.sizeText(span),
                    ElfImage.sizeText(sharedSize), ElfImage.sizeText(MIN_REGION_SIZE),
                    ElfImage.sizeText(STACK_SIZE), ElfImage.sizeText(GUARD_SIZE),
                    ElfImage.sizeText(roundUp(needed, 1024 * 1024))));
        }
    }

    private static long stacksBase(long ramSize, int cpus) {
        return (ramSize - (long) cpus * STACK_SLOT) & -LARGE_PAGE;
    }

    private static void checkStacksFit(long ramSize, int cpus) {
        if (stacksBase(ramSize, cpus) < IMAGE_FLOOR) {
            throw new BadInputException(String.format(
                    "memory %s is too small: the system area (2 MiB) and %d core stack(s) of %s, each with a %s guard, need more",
                    ElfImage.sizeText(ramSize), cpus, ElfImage.sizeText(STACK_SIZE), ElfImage.sizeText(GUARD_SIZE)));
        }
    }

    /** Checks the image against RAM and the stacks, then lays out the rest around it. */
    public static GuestLayout plan(long ramSize, int cpus, ElfImage image) {
        checkStacksFit(ramSize, cpus);
        image.checkPlacement(IMAGE_FLOOR, stacksBase(ramSize, cpus), ramSize);
        return new GuestLayout(ramSize, cpus, image.start(), image.end(), PrivatePages.of(image));
    }

    /** max(1 MiB, cpus² × 64 KiB): room for a ring from every core to every core. */
    public static long sharedSizeFor(int cpus) {
        return roundUp(Math.max(MIN_SHARED_SIZE, (long) cpus * cpus * RING_SIZE), PageMap.PAGE);
    }

    public long ramSize() {
        return ramSize;
    }

    public int cpus() {
        return cpus;
    }

    public long imageStart() {
        return imageStart;
    }

    /** The end of the highest PT_LOAD, rounded up to a page. */
    public long imageEnd() {
        return imageEnd;
    }

    public PrivatePages privatePages() {
        return privatePages;
    }

    /** Guest-physical minus virtual address of {@code core}'s private pages (0 for core 0). */
    public long privateShift(int core) {
        return core == 0 || privatePages.isEmpty() ? 0 : copyBase[core] - privatePages.spanStart();
    }

    /** Where {@code core}'s copy of the private span starts (core 0: the image's own pages). */
    public long copyBase(int core) {
        return privatePages.spanStart() + privateShift(core);
    }

    public long sharedBase() {
        return sharedBase;
    }

    public long sharedSize() {
        return sharedSize;
    }

    public long regionBase(int core) {
        return regionsBase + core * regionSize;
    }

    public long regionSize() {
        return regionSize;
    }

    /** The lowest address of the stack area (a guard page). The image must end at or below it. */
    public long stacksBase() {
        return stacksBase(ramSize, cpus);
    }

    public long guardPage(int core) {
        return stacksBase() + (long) core * STACK_SLOT;
    }

    public long stackBottom(int core) {
        return guardPage(core) + GUARD_SIZE;
    }

    public long stackTop(int core) {
        return guardPage(core) + STACK_SLOT;
    }

    /** The doorbell page: RAM's size rounded up to 1 GiB, so it never moves with small RAM changes. */
    public long doorbellBase() {
        return roundUp(ramSize, DOORBELL_ALIGN);
    }

    /** Core {@code core}'s doorbell: a 4-byte word, 8 bytes apart. */
    public long doorbell(int core) {
        return doorbellBase() + 8L * core;
    }

    /** The page of MMIO device {@code slot}, right after the doorbell page. */
    public long deviceBase(int slot) {
        if (slot < 0 || slot >= MMIO_DEVICE_SLOTS) {
            throw new IllegalArgumentException("MMIO device slot " + slot + " of " + MMIO_DEVICE_SLOTS);
        }
        return doorbellBase() + PageMap.PAGE * (1L + slot);
    }

    /** The end of the guest's address space: the doorbell page, then the device pages. */
    public long addressSpaceEnd() {
        return doorbellBase() + PageMap.PAGE * (1L + MMIO_DEVICE_SLOTS);
    }

    private static long roundUp(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
