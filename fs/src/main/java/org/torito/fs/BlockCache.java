package org.torito.fs;

import java.io.IOException;
import java.util.Arrays;

/**
 * A write-back cache of 4 KiB lines in front of a slower {@link BlockStore} (a virtio disk):
 * the file systems read an inode block or a bitmap many times, and write an inode by reading
 * and rewriting its whole block. Bounded (a fixed number of lines), least recently used out
 * first. Written lines stay in memory until they are evicted or {@link #flush()} writes them,
 * in disk order, coalesced into runs. A miss right after the previous miss's end reads ahead
 * (up to {@link #READ_AHEAD_LINES}), so a file read sequentially costs few, large requests.
 *
 * <p>Not thread-safe, like the file systems above it; in a guest each core (an isolate) has
 * its own.
 */
public final class BlockCache implements BlockStore {
    public static final int LINE = 4096;
    /** At most 128 KiB per read-ahead or write-back request. */
    static final int READ_AHEAD_LINES = 32;
    private static final int NONE = -1;

    private final BlockStore backing;
    private final long size;
    private final int capacity;
    private final byte[] data;
    private final long[] tag;
    private final boolean[] dirty;
    // LRU list: head is the most recently used.
    private final int[] newer;
    private final int[] older;
    private int head = NONE;
    private int tail = NONE;
    // Hash chains by line number.
    private final int[] bucket;
    private final int[] chain;
    private int free;
    /** Read-ahead lands here; write-back gathers its run in {@link #writing} (an eviction can happen mid-fill). */
    private final byte[] run;
    private final byte[] writing;
    /** The line after the last miss's reads: a miss there is sequential. */
    private long sequentialNext = -1;

    private long hits;
    private long misses;
    private long deviceReads;
    private long deviceWrites;

    /** A cache of {@code bytes} (rounded down to whole lines, at least 2 * READ_AHEAD_LINES). */
    public BlockCache(BlockStore backing, int bytes) throws IOException {
        this.backing = backing;
        this.size = backing.size();
        this.capacity = Math.max(2 * READ_AHEAD_LINES, bytes / LINE);
        this.data = new byte[capacity * LINE];
        this.tag = new long[capacity];
        this.dirty = new boolean[capacity];
        this.newer = new int[capacity];
        this.older = new int[capacity];
        int buckets = Integer.highestOneBit(capacity) * 2;
        this.bucket = new int[buckets];
        Arrays.fill(bucket, NONE);
        this.chain = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            tag[i] = -1;
            chain[i] = i + 1 < capacity ? i + 1 : NONE;   // the free list reuses the chain links
        }
        this.free = 0;
        this.run = new byte[READ_AHEAD_LINES * LINE];
        this.writing = new byte[READ_AHEAD_LINES * LINE];
    }

    @Override
    public long size() {
        return size;
    }

    /** Bytes this cache holds at most. */
    public int capacityBytes() {
        return capacity * LINE;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    /** Requests sent to the backing store (reads, writes), each up to 128 KiB. */
    public long deviceReads() {
        return deviceReads;
    }

    public long deviceWrites() {
        return deviceWrites;
    }

    /** Lines written but not yet on the backing store. */
    public int dirtyLines() {
        int n = 0;
        for (int i = 0; i < capacity; i++) {
            if (tag[i] >= 0 && dirty[i]) {
                n++;
            }
        }
        return n;
    }

    private int lineLength(long line) {
        return (int) Math.min(LINE, size - line * LINE);
    }

    private void check(long position, byte[] buffer, int offset, int length) throws FsException {
        if (position < 0 || length < 0 || position > size - length || offset < 0 || offset > buffer.length - length) {
            throw new FsException(FsError.INVALID_ARGUMENT, "block cache: " + length + " bytes at " + position
                    + " are outside the " + size + "-byte store or the buffer");
        }
    }

    @Override
    public void read(long position, byte[] buffer, int offset, int length) throws IOException {
        check(position, buffer, offset, length);
        while (length > 0) {
            long line = position / LINE;
            int within = (int) (position % LINE);
            int n = Math.min(length, lineLength(line) - within);
            int slot = find(line);
            if (slot == NONE) {
                misses++;
                slot = fill(line, true);
            } else {
                hits++;
                touch(slot);
            }
            System.arraycopy(data, slot * LINE + within, buffer, offset, n);
            position += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) throws IOException {
        check(position, buffer, offset, length);
        while (length > 0) {
            long line = position / LINE;
            int within = (int) (position % LINE);
            int n = Math.min(length, lineLength(line) - within);
            int slot = find(line);
            if (slot != NONE) {
                hits++;
                touch(slot);
            } else if (within == 0 && n == lineLength(line)) {
                slot = allocate(line);          // the whole line is new: nothing to read
            } else {
                misses++;
                slot = fill(line, false);
            }
            System.arraycopy(buffer, offset, data, slot * LINE + within, n);
            dirty[slot] = true;
            position += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes every dirty line, in disk order, then flushes the backing store. */
    @Override
    public void flush() throws IOException {
        writeDirty();
        backing.flush();
    }

    /** Writes every dirty line without flushing the backing store. */
    public void writeDirty() throws IOException {
        int count = 0;
        long[] lines = new long[capacity];
        for (int i = 0; i < capacity; i++) {
            if (tag[i] >= 0 && dirty[i]) {
                lines[count++] = tag[i];
            }
        }
        Arrays.sort(lines, 0, count);
        for (int i = 0; i < count; i++) {
            int slot = find(lines[i]);
            if (slot != NONE && dirty[slot]) {
                writeRun(slot);
            }
        }
    }

    /** Drops every clean line (the next reads go to the backing store); dirty lines are written first. */
    public void invalidate() throws IOException {
        writeDirty();
        while (tail != NONE) {
            release(tail);
        }
        sequentialNext = -1;
    }

    private int find(long line) {
        for (int s = bucket[hash(line)]; s != NONE; s = chain[s]) {
            if (tag[s] == line) {
                return s;
            }
        }
        return NONE;
    }

    private int hash(long line) {
        long h = line * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (bucket.length - 1);
    }

    /** Reads {@code line} from the backing store, and the lines after it when the reads are sequential. */
    private int fill(long line, boolean readAhead) throws IOException {
        long lines = (size + LINE - 1) / LINE;
        int count = 1;
        if (readAhead && line == sequentialNext) {
            while (count < READ_AHEAD_LINES && line + count < lines && find(line + count) == NONE) {
                count++;
            }
        }
        long bytes = Math.min((long) count * LINE, size - line * LINE);
        int length = (int) bytes;
        // The store is read in whole sectors; a store's size is a whole number of sectors.
        backing.read(line * LINE, run, 0, length);
        deviceReads++;
        sequentialNext = line + count;
        int first = NONE;
        for (int i = 0; i < count; i++) {
            int slot = allocate(line + i);
            System.arraycopy(run, i * LINE, data, slot * LINE, lineLength(line + i));
            if (i == 0) {
                first = slot;
            }
        }
        // Read-ahead lines go in as more recent; the asked-for line is the one used now.
        touch(first);
        return first;
    }

    /** A slot for {@code line}, evicting the least recently used line if none is free; clean, most recent. */
    private int allocate(long line) throws IOException {
        if (free == NONE) {
            int victim = tail;
            if (dirty[victim]) {
                writeRun(victim);
            }
            release(victim);
        }
        int slot = free;
        free = chain[slot];
        tag[slot] = line;
        dirty[slot] = false;
        int b = hash(line);
        chain[slot] = bucket[b];
        bucket[b] = slot;
        older[slot] = NONE;
        newer[slot] = NONE;
        linkHead(slot);
        return slot;
    }

    /** Writes {@code slot}'s line and the dirty cached lines right after it in one request. */
    private void writeRun(int slot) throws IOException {
        long line = tag[slot];
        long lines = (size + LINE - 1) / LINE;
        int count = 0;
        int bytes = 0;
        while (count < READ_AHEAD_LINES && line + count < lines) {
            int s = count == 0 ? slot : find(line + count);
            if (s == NONE || !dirty[s]) {
                break;
            }
            int n = lineLength(line + count);
            System.arraycopy(data, s * LINE, writing, bytes, n);
            bytes += n;
            dirty[s] = false;
            count++;
        }
        backing.write(line * LINE, writing, 0, bytes);
        deviceWrites++;
    }

    private void release(int slot) {
        unlink(slot);
        int b = hash(tag[slot]);
        if (bucket[b] == slot) {
            bucket[b] = chain[slot];
        } else {
            int s = bucket[b];
            while (chain[s] != slot) {
                s = chain[s];
            }
            chain[s] = chain[slot];
        }
        tag[slot] = -1;
        dirty[slot] = false;
        chain[slot] = free;
        free = slot;
    }

    private void touch(int slot) {
        if (head != slot) {
            unlink(slot);
            linkHead(slot);
        }
    }

    private void linkHead(int slot) {
        older[slot] = head;
        newer[slot] = NONE;
        if (head != NONE) {
            newer[head] = slot;
        }
        head = slot;
        if (tail == NONE) {
            tail = slot;
        }
    }

    private void unlink(int slot) {
        int n = newer[slot];
        int o = older[slot];
        if (n != NONE) {
            older[n] = o;
        } else {
            head = o;
        }
        if (o != NONE) {
            newer[o] = n;
        } else {
            tail = n;
        }
        newer[slot] = NONE;
        older[slot] = NONE;
    }
}
