package org.torito.fs.fat;

import java.io.IOException;
import org.torito.fs.BlockStore;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/**
 * The file allocation table, held in memory (the first copy) and written to every copy by
 * {@link #flush()}. Each cluster's entry names the next cluster of its chain.
 */
final class FatTable {
    static final long FREE = 0;

    private final BlockStore store;
    private final FatBootSector boot;
    private final FatType type;
    private final byte[] fat;
    private final boolean[] dirtySectors;
    private long free;
    private long hint = 2;

    FatTable(BlockStore store, FatBootSector boot) throws IOException {
        this.store = store;
        this.boot = boot;
        this.type = boot.type;
        long bytes = boot.fatSectors * boot.bytesPerSector;
        if (bytes > Integer.MAX_VALUE - 16) {
            throw new FsException(FsError.UNSUPPORTED, "a FAT of " + bytes + " bytes is too large");
        }
        fat = new byte[(int) bytes];
        store.read(boot.reservedSectors * (long) boot.bytesPerSector, fat, 0, fat.length);
        dirtySectors = new boolean[(int) boot.fatSectors];
        for (long c = 2; c < boot.clusterCount + 2; c++) {
            if (get(c) == FREE) {
                free++;
            }
        }
    }

    long clusters() {
        return boot.clusterCount;
    }

    long free() {
        return free;
    }

    long get(long cluster) {
        switch (type) {
            case FAT12: {
                int off = (int) (cluster + cluster / 2);
                int v = LittleEndian.u16(fat, off);
                return (cluster & 1) != 0 ? v >>> 4 : v & 0xFFF;
            }
            case FAT16:
                return LittleEndian.u16(fat, (int) cluster * 2);
            default:
                return LittleEndian.u32(fat, (int) cluster * 4) & 0x0FFFFFFFL;
        }
    }

    void set(long cluster, long value) {
        long old = get(cluster);
        if (old == FREE && value != FREE) {
            free--;
        } else if (old != FREE && value == FREE) {
            free++;
        }
        int off;
        switch (type) {
            case FAT12: {
                off = (int) (cluster + cluster / 2);
                int v = LittleEndian.u16(fat, off);
                v = (cluster & 1) != 0 ? (v & 0x000F) | (int) (value << 4) : (v & 0xF000) | (int) (value & 0xFFF);
                LittleEndian.put16(fat, off, v);
                dirty(off + 1);
                break;
            }
            case FAT16:
                off = (int) cluster * 2;
                LittleEndian.put16(fat, off, (int) value);
                break;
            default:
                off = (int) cluster * 4;
                long high = LittleEndian.u32(fat, off) & 0xF0000000L; // reserved bits stay as they are
                LittleEndian.put32(fat, off, high | value & 0x0FFFFFFFL);
        }
        dirty(off);
    }

    private void dirty(int offset) {
        dirtySectors[offset / boot.bytesPerSector] = true;
    }

    boolean isEnd(long value) {
        return value >= type.endOfChain;
    }

    long endMark() {
        return type.endOfChain | 0x7;
    }

    /** Checks a cluster number read from a directory entry or the table. */
    void check(long cluster, String owner) throws FsException {
        if (cluster < 2 || cluster >= boot.clusterCount + 2) {
            throw FsException.corrupt(owner + ": cluster " + cluster + " is outside the data area (2.."
                    + (boot.clusterCount + 1) + ")");
        }
    }

    /** The cluster after {@code cluster}, or -1 at the end; a free or bad link is corruption. */
    long next(long cluster, String owner) throws FsException {
        long v = get(cluster);
        if (isEnd(v)) {
            return -1;
        }
        if (v == FREE || v == type.endOfChain - 1) {
            throw FsException.corrupt(owner + ": cluster chain reaches a " + (v == FREE ? "free" : "bad") + " cluster after " + cluster);
        }
        check(v, owner);
        return v;
    }

    /** The clusters of the chain from {@code first}; a chain longer than the disk is a loop. */
    long[] chain(long first, String owner) throws FsException {
        if (first == 0) {
            return new long[0];
        }
        check(first, owner);
        long[] clusters = new long[16];
        int n = 0;
        for (long c = first; c != -1; c = next(c, owner)) {
            if (n >= boot.clusterCount) {
                throw FsException.corrupt(owner + ": cluster chain from " + first + " loops");
            }
            if (n == clusters.length) {
                long[] more = new long[n * 2];
                System.arraycopy(clusters, 0, more, 0, n);
                clusters = more;
            }
            clusters[n++] = c;
        }
        long[] exact = new long[n];
        System.arraycopy(clusters, 0, exact, 0, n);
        return exact;
    }

    /** A free cluster marked as a chain's end and linked after {@code previous} (0: a new chain). */
    long allocate(long previous) throws FsException {
        if (free == 0) {
            throw new FsException(FsError.NO_SPACE, "no free clusters left");
        }
        long limit = boot.clusterCount + 2;
        long start = previous != 0 && previous + 1 < limit ? previous + 1 : hint;
        for (long i = 0; i < boot.clusterCount; i++) {
            long c = start + i;
            if (c >= limit) {
                c = 2 + (c - limit);
            }
            if (get(c) == FREE) {
                set(c, endMark());
                if (previous != 0) {
                    set(previous, c);
                }
                hint = c + 1 < limit ? c + 1 : 2;
                return c;
            }
        }
        throw FsException.corrupt("the FAT counted " + free + " free clusters but has none");
    }

    /** Frees the chain from {@code first}. */
    void freeChain(long first, String owner) throws FsException {
        long[] clusters = chain(first, owner);
        for (int i = 0; i < clusters.length; i++) {
            set(clusters[i], FREE);
        }
    }

    void flush() throws IOException {
        int bps = boot.bytesPerSector;
        for (int s = 0; s < dirtySectors.length; s++) {
            if (!dirtySectors[s]) {
                continue;
            }
            for (int copy = 0; copy < boot.fatCount; copy++) {
                long sector = boot.reservedSectors + copy * boot.fatSectors + s;
                store.write(sector * bps, fat, s * bps, bps);
            }
            dirtySectors[s] = false;
        }
    }
}
