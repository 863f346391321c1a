package org.torito.fs.fat;

import java.io.IOException;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;

/** An open FAT file: a cluster chain exactly as long as its size needs. FAT has no holes, so gaps are written as zeros. */
final class FatFile implements OpenFile {
    private static final long MAX_SIZE = 0xFFFFFFFFL;

    private final FatFileSystem fs;
    private final boolean writable;
    private FatEntry entry;
    private boolean gone;
    private boolean closed;

    FatFile(FatFileSystem fs, FatEntry entry, boolean writable) {
        this.fs = fs;
        this.entry = entry;
        this.writable = writable;
    }

    void deletedIf(FatEntry e) {
        if (same(e)) {
            gone = true;
        }
    }

    void movedIf(FatEntry from, FatEntry to) {
        if (same(from)) {
            entry = to;
        }
    }

    private boolean same(FatEntry e) {
        return e.directory == entry.directory && e.shortIndex == entry.shortIndex;
    }

    private void check(boolean write) throws FsException {
        if (closed || gone) {
            throw new FsException(closed ? FsError.INVALID_ARGUMENT : FsError.NOT_FOUND,
                    entry.name + ": the file is " + (closed ? "closed" : "deleted"));
        }
        if (write && !writable) {
            throw new FsException(FsError.READ_ONLY, entry.name + ": the file is open read-only");
        }
    }

    @Override
    public long size() throws IOException {
        check(false);
        return entry.size;
    }

    private long[] chain() throws FsException {
        long[] clusters = fs.table.chain(entry.cluster, entry.name);
        int cb = fs.boot.clusterBytes();
        if ((long) clusters.length * cb < entry.size) {
            throw FsException.corrupt(entry.name + ": size " + entry.size + " but only " + clusters.length
                    + " clusters of " + cb + " bytes");
        }
        return clusters;
    }

    @Override
    public int read(long position, byte[] buffer, int offset, int length) throws IOException {
        check(false);
        if (position < 0 || length < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "read at " + position + " of " + length + " bytes");
        }
        if (position >= entry.size) {
            return length == 0 ? 0 : -1;
        }
        int total = (int) Math.min(length, entry.size - position);
        long[] clusters = chain();
        int cb = fs.boot.clusterBytes();
        int bps = fs.boot.bytesPerSector;
        byte[] sector = new byte[bps];
        int done = 0;
        while (done < total) {
            long p = position + done;
            long cluster = clusters[(int) (p / cb)];
            int inCluster = (int) (p % cb);
            int inSector = inCluster % bps;
            long at = fs.boot.clusterOffset(cluster) + inCluster - inSector;
            int n;
            if (inSector == 0 && total - done >= bps) {
                n = Math.min(cb - inCluster, total - done) / bps * bps;
                fs.store.read(at, buffer, offset + done, n);
            } else {
                n = Math.min(bps - inSector, total - done);
                fs.store.read(at, sector, 0, bps);
                System.arraycopy(sector, inSector, buffer, offset + done, n);
            }
            done += n;
        }
        return total;
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) throws IOException {
        check(true);
        if (position < 0 || length < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "write at " + position + " of " + length + " bytes");
        }
        if (position + length > MAX_SIZE) {
            throw new FsException(FsError.NO_SPACE, entry.name + ": FAT files end at 4 GiB - 1");
        }
        if (position > entry.size) {
            zeros(entry.size, position);
        }
        writeRange(position, buffer, offset, length);
    }

    private void zeros(long from, long to) throws IOException {
        byte[] zero = new byte[64 * 1024];
        for (long p = from; p < to; p += zero.length) {
            writeRange(p, zero, 0, (int) Math.min(zero.length, to - p));
        }
    }

    /** Writes at or before the end; each cluster is allocated as the write reaches it, so the chain always fits the size. */
    private void writeRange(long position, byte[] buffer, int offset, int length) throws IOException {
        long[] clusters = chain();
        int used = clusters.length;
        int cb = fs.boot.clusterBytes();
        int bps = fs.boot.bytesPerSector;
        byte[] sector = new byte[bps];
        int done = 0;
        try {
            while (done < length) {
                long p = position + done;
                int index = (int) (p / cb);
                if (index >= used) {
                    long cluster = fs.table.allocate(used == 0 ? 0 : element(clusters, used - 1));
                    if (used == 0) {
                        entry.cluster = cluster;
                    }
                    if (used == clusters.length) {
                        long[] more = new long[Math.max(8, used * 2)];
                        System.arraycopy(clusters, 0, more, 0, used);
                        clusters = more;
                    }
                    clusters[used++] = cluster;
                }
                int inCluster = (int) (p % cb);
                int inSector = inCluster % bps;
                long at = fs.boot.clusterOffset(element(clusters, index)) + inCluster - inSector;
                int n;
                if (inSector == 0 && length - done >= bps) {
                    n = Math.min(cb - inCluster, length - done) / bps * bps;
                    fs.store.write(at, buffer, offset + done, n);
                } else {
                    n = Math.min(bps - inSector, length - done);
                    if (p - inSector < entry.size) {
                        fs.store.read(at, sector, 0, bps);
                    }
                    System.arraycopy(buffer, offset + done, sector, inSector, n);
                    fs.store.write(at, sector, 0, bps);
                }
                done += n;
                if (position + done > entry.size) {
                    entry.size = position + done;
                }
            }
        } finally {
            entry.modified = fs.now();
            FatDirectory.load(fs, entry.directory).store(entry);
        }
    }

    /**
     * {@code a[i]}, read outside writeRange: there the array grows in the loop, across disk
     * I/O, and TeaVM 0.15's C backend mistypes an element read of such an array after a
     * suspension (docs/aot-pipeline.md, "TeaVM coroutine bugs").
     */
    private static long element(long[] a, int i) {
        return a[i];
    }

    @Override
    public void truncate(long size) throws IOException {
        check(true);
        if (size < 0 || size > MAX_SIZE) {
            throw new FsException(FsError.INVALID_ARGUMENT, entry.name + ": size " + size);
        }
        if (size > entry.size) {
            zeros(entry.size, size);
            return;
        }
        long[] clusters = chain();
        int cb = fs.boot.clusterBytes();
        int keep = (int) ((size + cb - 1) / cb);
        if (keep < clusters.length) {
            if (keep == 0) {
                fs.table.freeChain(entry.cluster, entry.name);
                entry.cluster = 0;
            } else {
                fs.table.freeChain(clusters[keep], entry.name);
                fs.table.set(clusters[keep - 1], fs.table.endMark());
            }
        }
        entry.size = size;
        entry.modified = fs.now();
        FatDirectory.load(fs, entry.directory).store(entry);
    }

    @Override
    public void close() {
        closed = true;
        fs.closed(this);
    }
}
