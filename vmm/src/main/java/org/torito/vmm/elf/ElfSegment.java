package org.torito.vmm.elf;

/**
 * One PT_LOAD program header: {@code index} is its place in the program header table, the
 * number error messages use. Guest addresses are p_vaddr (the guest runs identity mapped).
 */
public record ElfSegment(int index, long address, long memorySize, long fileOffset, long fileSize, int flags) {
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    public static final int PF_R = 4;

    public long end() {
        return address + memorySize;
    }

    public boolean executable() {
        return (flags & PF_X) != 0;
    }

    public boolean writable() {
        return (flags & PF_W) != 0;
    }

    /** "segment 2 [0x200000, 0x209000)" */
    public String describe() {
        return String.format("segment %d [0x%x, 0x%x)", index, address, end());
    }
}
