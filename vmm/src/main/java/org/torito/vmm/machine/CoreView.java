package org.torito.vmm.machine;

/**
 * Guest memory as one core's page tables show it. A hypercall passes a virtual address; for a
 * core other than 0, an address in the image's writable pages (a static buffer, such as the C
 * runtime's console buffer) maps to that core's private copy, not to the image's own page
 * (docs/boot-abi.md, "One isolate per core"). Everything else is identity-mapped.
 */
final class CoreView {
    private final GuestMemory memory;
    private final PrivatePages privatePages;
    private final long shift;

    CoreView(GuestMemory memory, GuestLayout layout, int core) {
        this.memory = memory;
        this.privatePages = layout.privatePages();
        this.shift = layout.privateShift(core);
    }

    /** The bytes at virtual {@code [address, address + length)}; a range may cross into or out of private pages. */
    byte[] read(long address, int length) {
        if (shift == 0) {
            return memory.read(address, length);
        }
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            long at = address + done;
            int piece = (int) Math.min(length - done, pieceEnd(at) - at);
            System.arraycopy(memory.read(physical(at), piece), 0, bytes, done, piece);
            done += piece;
        }
        return bytes;
    }

    /** The 8-byte little-endian word at virtual {@code address}. */
    long readLong(long address) {
        return memory.readLong(physical(address));
    }

    private long physical(long virtual) {
        for (PrivatePages.Range range : privatePages.ranges()) {
            if (virtual >= range.start() && virtual < range.end()) {
                return virtual + shift;
            }
        }
        return virtual;
    }

    /** The first address after {@code virtual} where the mapping may change. */
    private long pieceEnd(long virtual) {
        for (PrivatePages.Range range : privatePages.ranges()) {
            if (virtual < range.start()) {
                return range.start();
            }
            if (virtual < range.end()) {
                return range.end();
            }
        }
        return Long.MAX_VALUE;
    }
}
