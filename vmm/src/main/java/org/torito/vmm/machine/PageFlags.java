package org.torito.vmm.machine;

/** x86-64 page table entry bits the monitor uses. */
public final class PageFlags {
    public static final long PRESENT = 1L;
    public static final long WRITABLE = 1L << 1;
    public static final long USER = 1L << 2;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    /** In a page directory entry: this entry maps a 2 MiB page. */
    public static final long LARGE = 1L << 7;
    public static final long NO_EXECUTE = 1L << 63;

    /** Not mapped: any access faults. */
    public static final long NOT_PRESENT = 0;
    public static final long USER_CODE = PRESENT | USER;
    public static final long USER_READ_ONLY = PRESENT | USER | NO_EXECUTE;
    public static final long USER_DATA = PRESENT | USER | WRITABLE | NO_EXECUTE;
    public static final long SUPERVISOR_DATA = PRESENT | WRITABLE | NO_EXECUTE;
    public static final long SUPERVISOR_CODE = PRESENT;

    private PageFlags() {
    }

    /** The union of two mappings of one page: writable or executable if either is. */
    public static long union(long a, long b) {
        if (a == NOT_PRESENT) {
            return b;
        }
        if (b == NOT_PRESENT) {
            return a;
        }
        long nx = (a & b) & NO_EXECUTE;
        return ((a | b) & ~NO_EXECUTE) | nx;
    }
}
