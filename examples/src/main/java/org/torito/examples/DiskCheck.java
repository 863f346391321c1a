package org.torito.examples;

import java.io.IOException;

import org.torito.guest.BlockDevice;
import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Writes a pattern across the whole of disk 0, flushes, reads it back and checks it, with every
 * core taking every cores-th 64 KiB chunk on its own queue. The pattern depends on the byte's
 * offset and a seed (first argument), so the host can check the file and a stale image never
 * passes. With "hold" as the second argument it stops after the flush report and waits, for a
 * test that kills the monitor there. On a read-only disk it shows that a write is refused.
 */
public final class DiskCheck {
    static final int CHUNK = 64 * 1024;

    private DiskCheck() {
    }

    /** The byte at disk offset {@code offset} for {@code seed}; the host-side test computes the same. */
    public static byte patternAt(long offset, long seed) {
        long x = (offset >>> 3) * 0x9E3779B97F4A7C15L + seed;
        x ^= x >>> 29;
        return (byte) (x >>> (8 * (offset & 7)));
    }

    /** On cores 1..N-1: its share of the chunks, written then flushed ("w"), or read back and checked ("r"). */
    public static final class Share implements CoreTask {
        @Override
        public void run(byte[] args) {
            long seed = Bytes.longAt(args, 0);
            boolean write = Bytes.longAt(args, 1) == 1;
            long result;
            try {
                result = write ? writeShare(seed) : checkShare(seed);
            } catch (IOException e) {
                System.out.println("core " + Kernel.core() + ": " + e.getMessage());
                result = -2;
            }
            Channel.to(0).send(Bytes.ofLongs(result));
        }
    }

    private static long chunks(BlockDevice disk) {
        return (disk.capacity() * BlockDevice.SECTOR_SIZE + CHUNK - 1) / CHUNK;
    }

    private static int chunkLength(BlockDevice disk, long chunk) {
        return (int) Math.min(CHUNK, disk.capacity() * BlockDevice.SECTOR_SIZE - chunk * CHUNK);
    }

    static long writeShare(long seed) throws IOException {
        BlockDevice disk = BlockDevice.open(0);
        byte[] buffer = new byte[CHUNK];
        for (long chunk = Kernel.core(); chunk < chunks(disk); chunk += Kernel.cores()) {
            int length = chunkLength(disk, chunk);
            long base = chunk * CHUNK;
            for (int i = 0; i < length; i++) {
                buffer[i] = patternAt(base + i, seed);
            }
            disk.write(base / BlockDevice.SECTOR_SIZE, buffer, 0, length);
        }
        disk.flush();
        return 0;
    }

    /** -1 when every byte matched, else the offset of the first byte that did not. */
    static long checkShare(long seed) throws IOException {
        BlockDevice disk = BlockDevice.open(0);
        byte[] buffer = new byte[CHUNK];
        for (long chunk = Kernel.core(); chunk < chunks(disk); chunk += Kernel.cores()) {
            int length = chunkLength(disk, chunk);
            long base = chunk * CHUNK;
            disk.read(base / BlockDevice.SECTOR_SIZE, buffer, 0, length);
            for (int i = 0; i < length; i++) {
                if (buffer[i] != patternAt(base + i, seed)) {
                    return base + i;
                }
            }
        }
        return -1;
    }

    /** Runs a phase on every core and returns core 0's result, or the first other core's that differs from {@code fine}. */
    private static long everyCore(long seed, boolean write, long fine) throws IOException {
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Share.class, Bytes.ofLongs(seed, write ? 1 : 0));
        }
        long result = write ? writeShare(seed) : checkShare(seed);
        for (int k = 1; k < Kernel.cores(); k++) {
            long theirs = Bytes.longAt(Channel.from(k).receive(), 0);
            if (result == fine && theirs != fine) {
                result = theirs;
            }
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        boolean hold = args.length > 1 && args[1].equals("hold");
        if (BlockDevice.count() == 0) {
            System.out.println("no disk: give the VM one in \"disks\"");
            System.exit(1);
        }
        BlockDevice disk = BlockDevice.open(0);
        System.out.println("disk 0: " + disk.capacity() + " sectors, id \"" + disk.id() + "\", "
                + (disk.readOnly() ? "read-only" : "read-write") + ", " + Kernel.cores() + " core(s)");
        if (disk.readOnly()) {
            byte[] sector = new byte[BlockDevice.SECTOR_SIZE];
            try {
                disk.write(0, sector, 0, sector.length);
                System.out.println("write to a read-only disk was accepted");
                System.exit(1);
            } catch (IOException e) {
                System.out.println("write refused: " + e.getMessage());
            }
            disk.read(0, sector, 0, sector.length);
            System.out.println("read still works: first byte " + (sector[0] & 0xFF));
            return;
        }
        if (everyCore(seed, true, 0) != 0) {
            System.out.println("write failed");
            System.exit(1);
        }
        System.out.println("flushed " + disk.capacity() + " sectors, seed " + seed);
        if (hold) {
            while (true) {
                Thread.sleep(1000);
            }
        }
        long mismatch = everyCore(seed, false, -1);
        if (mismatch != -1) {
            System.out.println("mismatch at byte " + mismatch);
            System.exit(1);
        }
        System.out.println("verified " + disk.capacity() + " sectors");
        startedReads(disk, seed);
    }

    /**
     * Reads pieces of assorted lengths at pseudo-random sectors with every slot of the queue in
     * flight (started, completed oldest first) and checks each against the pattern; then shows
     * that a read started beyond the limit is refused while the others are still in flight.
     */
    private static void startedReads(BlockDevice disk, long seed) throws IOException {
        int depth = BlockDevice.MAX_IN_FLIGHT;
        int reads = 2000;
        byte[][] buffers = new byte[depth][16 * 1024];
        int[] tickets = new int[depth];
        long[] sectors = new long[depth];
        int[] lengths = new int[depth];
        long x = seed | 1;
        for (int i = 0; i < reads + depth; i++) {
            int at = i % depth;
            if (i >= depth) {
                disk.complete(tickets[at]);
                long base = sectors[at] * BlockDevice.SECTOR_SIZE;
                for (int b = 0; b < lengths[at]; b++) {
                    if (buffers[at][b] != patternAt(base + b, seed)) {
                        System.out.println("started read of sector " + sectors[at] + ": mismatch at byte " + (base + b));
                        System.exit(1);
                    }
                }
            }
            if (i < reads) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                lengths[at] = (int) ((x >>> 40) % 32 + 1) * BlockDevice.SECTOR_SIZE;
                sectors[at] = (x >>> 1) % (disk.capacity() - lengths[at] / BlockDevice.SECTOR_SIZE + 1);
                tickets[at] = disk.startRead(sectors[at], buffers[at], 0, lengths[at]);
            }
        }
        for (int i = 0; i < depth; i++) {
            tickets[i] = disk.startRead(i, buffers[i], 0, BlockDevice.SECTOR_SIZE);
        }
        String beyond;
        try {
            disk.startRead(0, new byte[BlockDevice.SECTOR_SIZE], 0, BlockDevice.SECTOR_SIZE);
            beyond = "accepted";
        } catch (IllegalStateException e) {
            beyond = "refused";
        }
        for (int i = 0; i < depth; i++) {
            disk.complete(tickets[i]);
        }
        System.out.println("started reads: " + reads + " verified, " + depth + " in flight; one more " + beyond);
    }
}
