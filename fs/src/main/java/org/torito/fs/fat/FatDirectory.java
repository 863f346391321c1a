package org.torito.fs.fat;

import java.io.IOException;
import java.util.ArrayList;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/**
 * One directory's 32-byte entries, read whole into memory (the FAT12/16 root region or a
 * cluster chain) and written back by the sectors that change.
 */
final class FatDirectory {
    static final int ENTRY = 32;
    private static final int MAX_ENTRIES = 65536;

    private final FatFileSystem fs;
    private final long first;
    private long[] clusters;
    private byte[] data;

    private FatDirectory(FatFileSystem fs, long first) {
        this.fs = fs;
        this.first = first;
    }

    /** The directory starting at cluster {@code first}; 0 is the fixed FAT12/16 root. */
    static FatDirectory load(FatFileSystem fs, long first) throws IOException {
        FatDirectory d = new FatDirectory(fs, first);
        FatBootSector boot = fs.boot;
        if (first == 0) {
            d.data = new byte[(int) (boot.rootSectors * boot.bytesPerSector)];
            fs.store.read(boot.rootStart * boot.bytesPerSector, d.data, 0, d.data.length);
        } else {
            String owner = "directory at cluster " + first;
            d.clusters = fs.table.chain(first, owner);
            int cb = boot.clusterBytes();
            if ((long) d.clusters.length * cb > (long) MAX_ENTRIES * ENTRY) {
                throw FsException.corrupt(owner + ": " + d.clusters.length + " clusters is more than a directory can have");
            }
            d.data = new byte[d.clusters.length * cb];
            for (int i = 0; i < d.clusters.length; i++) {
                fs.store.read(boot.clusterOffset(d.clusters[i]), d.data, i * cb, cb);
            }
        }
        return d;
    }

    long first() {
        return first;
    }

    /** Every named entry but "." and ".." and the volume label. */
    ArrayList<FatEntry> entries() {
        ArrayList<FatEntry> list = new ArrayList<FatEntry>();
        int count = data.length / ENTRY;
        char[] longName = null;
        int expected = 0;
        int checksum = 0;
        int runStart = 0;
        for (int i = 0; i < count; i++) {
            int off = i * ENTRY;
            int b0 = data[off] & 0xFF;
            if (b0 == 0) {
                break;
            }
            int attributes = data[off + 11] & 0xFF;
            if (b0 == 0xE5) {
                longName = null;
                continue;
            }
            if ((attributes & 0x3F) == LongNames.ATTR_LONG_NAME) {
                int ordinal = b0 & 0x1F;
                if ((b0 & LongNames.LAST) != 0 && ordinal >= 1 && ordinal <= 20) {
                    longName = new char[ordinal * LongNames.UNITS_PER_ENTRY];
                    expected = ordinal;
                    checksum = data[off + 13] & 0xFF;
                    runStart = i;
                } else if (longName == null || ordinal != expected || (data[off + 13] & 0xFF) != checksum) {
                    longName = null;
                    continue;
                }
                LongNames.read(data, off, longName, ordinal);
                expected--;
                continue;
            }
            if ((attributes & FatEntry.ATTR_VOLUME) != 0 || b0 == '.') {
                longName = null;
                continue;
            }
            FatEntry e = new FatEntry();
            e.directory = first;
            e.shortIndex = i;
            e.shortName = new byte[11];
            System.arraycopy(data, off, e.shortName, 0, 11);
            if (longName != null && expected == 0 && LongNames.checksum(data, off) == checksum) {
                int n = 0;
                while (n < longName.length && longName[n] != 0) {
                    n++;
                }
                e.name = new String(longName, 0, n);
                e.firstIndex = runStart;
            } else {
                e.name = shortDisplay(data, off, data[off + 12]);
                e.firstIndex = i;
            }
            longName = null;
            e.attributes = attributes;
            e.cluster = (long) LittleEndian.u16(data, off + 20) << 16 | LittleEndian.u16(data, off + 26);
            if (fs.boot.type != FatType.FAT32) {
                e.cluster &= 0xFFFF;
            }
            e.size = e.isDirectory() ? 0 : LittleEndian.u32(data, off + 28);
            e.modified = FatTime.decode(LittleEndian.u16(data, off + 24), LittleEndian.u16(data, off + 22));
            list.add(e);
        }
        return list;
    }

    /** "NAME.EXT" from an 8.3 entry, lower-cased where the NT flags say so. */
    private static String shortDisplay(byte[] b, int off, int flags) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8 && b[off + i] != ' '; i++) {
            char c = (char) (b[off + i] & 0xFF);
            if (i == 0 && c == 0x05) {
                c = (char) 0xE5;
            }
            s.append((flags & 0x08) != 0 ? Character.toLowerCase(c) : c);
        }
        if (b[off + 8] != ' ') {
            s.append('.');
            for (int i = 8; i < 11 && b[off + i] != ' '; i++) {
                char c = (char) (b[off + i] & 0xFF);
                s.append((flags & 0x10) != 0 ? Character.toLowerCase(c) : c);
            }
        }
        return s.toString();
    }

    FatEntry find(String name) {
        ArrayList<FatEntry> list = entries();
        for (int i = 0; i < list.size(); i++) {
            FatEntry e = list.get(i);
            if (e.name.equalsIgnoreCase(name) || shortDisplay(e.shortName, 0, 0).equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    boolean isEmpty() {
        return entries().isEmpty();
    }

    /** Adds {@code entry} under {@code entry.name}, choosing its 8.3 alias; sets its indices. */
    void add(FatEntry entry) throws IOException {
        LongNames.checkName(entry.name);
        byte[] shortName = LongNames.exactShortName(entry.name);
        ArrayList<FatEntry> existing = entries();
        if (shortName == null || taken(existing, shortName)) {
            for (int n = 1; ; n++) {
                if (n > existing.size() + 1) {
                    throw FsException.corrupt("directory at cluster " + first + ": no free 8.3 alias for " + entry.name);
                }
                shortName = LongNames.alias(entry.name, n);
                if (!taken(existing, shortName)) {
                    break;
                }
            }
        }
        boolean needsLong = LongNames.exactShortName(entry.name) == null || !sameBytes(shortName, LongNames.exactShortName(entry.name));
        int longEntries = needsLong ? LongNames.entries(entry.name) : 0;
        int needed = longEntries + 1;
        int at = freeRun(needed);
        while (at < 0) {
            grow();
            at = freeRun(needed);
        }
        int checksum = LongNames.checksum(shortName, 0);
        for (int k = 0; k < longEntries; k++) {
            int ordinal = longEntries - k;
            LongNames.write(data, (at + k) * ENTRY, entry.name, ordinal, k == 0, checksum);
        }
        int s = at + longEntries;
        int off = s * ENTRY;
        for (int i = 0; i < ENTRY; i++) {
            data[off + i] = 0;
        }
        System.arraycopy(shortName, 0, data, off, 11);
        data[off + 11] = (byte) entry.attributes;
        int stamp = FatTime.encode(entry.modified);
        LittleEndian.put16(data, off + 14, stamp);
        LittleEndian.put16(data, off + 16, stamp >>> 16);
        LittleEndian.put16(data, off + 18, stamp >>> 16);
        entry.shortName = shortName;
        entry.firstIndex = at;
        entry.shortIndex = s;
        entry.directory = first;
        update(entry);
        writeBack(at, s);
    }

    private static boolean sameBytes(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean taken(ArrayList<FatEntry> existing, byte[] shortName) {
        for (int i = 0; i < existing.size(); i++) {
            if (sameBytes(existing.get(i).shortName, shortName)) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code n} consecutive free entries, or -1. */
    private int freeRun(int n) {
        int count = data.length / ENTRY;
        int run = 0;
        for (int i = 0; i < count; i++) {
            int b0 = data[i * ENTRY] & 0xFF;
            if (b0 == 0) {
                return count - i + run >= n ? i - run : -1; // everything after the end mark is free
            }
            run = b0 == 0xE5 ? run + 1 : 0;
            if (run == n) {
                return i - n + 1;
            }
        }
        return -1;
    }

    /** One more zeroed cluster; the fixed root cannot grow. */
    private void grow() throws IOException {
        if (first == 0) {
            throw new FsException(FsError.NO_SPACE, "the root directory is full (" + data.length / ENTRY + " entries)");
        }
        int cb = fs.boot.clusterBytes();
        if ((long) data.length + cb > (long) MAX_ENTRIES * ENTRY) {
            throw new FsException(FsError.NO_SPACE, "a FAT directory holds at most " + MAX_ENTRIES + " entries");
        }
        long cluster = fs.table.allocate(clusters[clusters.length - 1]);
        fs.zeroCluster(cluster);
        long[] more = new long[clusters.length + 1];
        System.arraycopy(clusters, 0, more, 0, clusters.length);
        more[clusters.length] = cluster;
        clusters = more;
        byte[] bigger = new byte[data.length + cb];
        System.arraycopy(data, 0, bigger, 0, data.length);
        data = bigger;
    }

    /** Writes the entry's cluster, size and time into its 8.3 entry (in memory). */
    void update(FatEntry entry) {
        int off = entry.shortIndex * ENTRY;
        data[off + 11] = (byte) entry.attributes;
        LittleEndian.put16(data, off + 20, (int) (entry.cluster >>> 16));
        LittleEndian.put16(data, off + 26, (int) (entry.cluster & 0xFFFF));
        LittleEndian.put32(data, off + 28, entry.isDirectory() ? 0 : entry.size);
        int stamp = FatTime.encode(entry.modified);
        LittleEndian.put16(data, off + 22, stamp);
        LittleEndian.put16(data, off + 24, stamp >>> 16);
    }

    void store(FatEntry entry) throws IOException {
        update(entry);
        writeBack(entry.shortIndex, entry.shortIndex);
    }

    void remove(FatEntry entry) throws IOException {
        for (int i = entry.firstIndex; i <= entry.shortIndex; i++) {
            data[i * ENTRY] = (byte) 0xE5;
        }
        writeBack(entry.firstIndex, entry.shortIndex);
    }

    /** Points ".." (the second entry of a subdirectory) at {@code parent}; 0 means the root. */
    void setParent(long parent) throws IOException {
        int off = ENTRY;
        if (data.length < 2 * ENTRY || data[off] != '.' || data[off + 1] != '.') {
            throw FsException.corrupt("directory at cluster " + first + " has no '..' entry");
        }
        LittleEndian.put16(data, off + 20, (int) (parent >>> 16));
        LittleEndian.put16(data, off + 26, (int) (parent & 0xFFFF));
        writeBack(1, 1);
    }

    /** The cluster ".." names (0: the root), or -1 if there is no ".." entry. */
    long parent() {
        int off = ENTRY;
        if (data.length < 2 * ENTRY || data[off] != '.' || data[off + 1] != '.') {
            return -1;
        }
        return (long) LittleEndian.u16(data, off + 20) << 16 | LittleEndian.u16(data, off + 26);
    }

    /** The first block of a new directory: "." and "..". */
    static byte[] firstCluster(int bytes, long self, long parent, long now) {
        byte[] b = new byte[bytes];
        dot(b, 0, ".", self, now);
        dot(b, ENTRY, "..", parent, now);
        return b;
    }

    private static void dot(byte[] b, int off, String name, long cluster, long now) {
        for (int i = 0; i < 11; i++) {
            b[off + i] = (byte) (i < name.length() ? '.' : ' ');
        }
        b[off + 11] = FatEntry.ATTR_DIRECTORY;
        int stamp = FatTime.encode(now);
        LittleEndian.put16(b, off + 14, stamp);
        LittleEndian.put16(b, off + 16, stamp >>> 16);
        LittleEndian.put16(b, off + 18, stamp >>> 16);
        LittleEndian.put16(b, off + 20, (int) (cluster >>> 16));
        LittleEndian.put16(b, off + 22, stamp);
        LittleEndian.put16(b, off + 24, stamp >>> 16);
        LittleEndian.put16(b, off + 26, (int) (cluster & 0xFFFF));
    }

    private void writeBack(int fromEntry, int toEntry) throws IOException {
        int bps = fs.boot.bytesPerSector;
        int firstSector = fromEntry * ENTRY / bps;
        int lastSector = (toEntry * ENTRY + ENTRY - 1) / bps;
        for (int s = firstSector; s <= lastSector; s++) {
            int off = s * bps;
            long position;
            if (first == 0) {
                position = fs.boot.rootStart * bps + off;
            } else {
                int cb = fs.boot.clusterBytes();
                position = fs.boot.clusterOffset(clusters[off / cb]) + off % cb;
            }
            fs.store.write(position, data, off, bps);
        }
    }
}
