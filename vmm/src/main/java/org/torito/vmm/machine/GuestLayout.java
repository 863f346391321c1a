package org.torito.vmm.machine;

import org.torito.vmm.BadInputException;
import org.torito.vmm.elf.ElfImage;

/**
 * Where things go in guest RAM (docs/boot-abi.md): the system area below 2 MiB, the image
 * from 2 MiB, one stack per core at the top of RAM, each with a non-present guard page below.
 */
public final class GuestLayout {
    public static final long IMAGE_FLOOR = SystemArea.END;
    public static final long STACK_SIZE = 1024 * 1024;
    public static final long GUARD_SIZE = PageMap.PAGE;

    private final long ramSize;
    private final int cpus;

    public GuestLayout(long ramSize, int cpus) {
        this.ramSize = ramSize;
        this.cpus = cpus;
        if (stacksBase() < IMAGE_FLOOR) {
            throw new BadInputException(String.format(
                    "memory %s is too small: the system area (2 MiB) and %d stacks of %s need more",
                    ElfImage.sizeText(ramSize), cpus, ElfImage.sizeText(STACK_SIZE)));
        }
    }

    public long ramSize() {
        return ramSize;
    }

    public int cpus() {
        return cpus;
    }

    /** The lowest address of the stack area (a guard page). The image must end at or below it. */
    public long stacksBase() {
        return ramSize - (long) cpus * (STACK_SIZE + GUARD_SIZE);
    }

    public long guardPage(int core) {
        return stacksBase() + (long) core * (STACK_SIZE + GUARD_SIZE);
    }

    public long stackBottom(int core) {
        return guardPage(core) + GUARD_SIZE;
    }

    public long stackTop(int core) {
        return stackBottom(core) + STACK_SIZE;
    }
}
