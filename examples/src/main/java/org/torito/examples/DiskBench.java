package org.torito.examples;

import org.torito.guest.BlockDevice;

/**
 * Block-device speed from inside the guest (scripts/bench-blk runs it next to fio on the same
 * image): "seq" reads the whole of disk 0 in 1 MiB requests, twice, and reports the second
 * pass; "rand COUNT THREADS [DEPTH]" reads COUNT 4 KiB blocks at pseudo-random 4 KiB-aligned
 * offsets, shared among THREADS cooperative threads, each keeping DEPTH reads in flight
 * (default 1: each read waits for the one before, like fio's psync).
 */
public final class DiskBench {

    private DiskBench() {
    }

    public static void main(String[] args) throws Exception {
        BlockDevice disk = BlockDevice.open(0);
        String mode = args.length > 0 ? args[0] : "seq";
        if (mode.equals("seq")) {
            sequential(disk);
        } else if (mode.equals("rand")) {
            random(disk, args.length > 1 ? Integer.parseInt(args[1]) : 100_000, args.length > 2 ? Integer.parseInt(args[2]) : 1,
                    args.length > 3 ? Integer.parseInt(args[3]) : 1);
        } else {
            System.out.println("usage: seq | rand COUNT THREADS [DEPTH]");
            System.exit(2);
        }
    }

    private static void sequential(BlockDevice disk) throws Exception {
        byte[] buffer = new byte[1 << 20];
        long bytes = disk.capacity() * BlockDevice.SECTOR_SIZE;
        long nanos = 0;
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            for (long at = 0; at < bytes; at += buffer.length) {
                int n = (int) Math.min(buffer.length, bytes - at);
                disk.read(at / BlockDevice.SECTOR_SIZE, buffer, 0, n);
            }
            nanos = System.nanoTime() - start;
        }
        long requests = (bytes + 65535) / 65536;
        System.out.println("seq read: " + (bytes >> 20) + " MiB in " + nanos / 1_000_000 + " ms: "
                + (bytes * 1000 / Math.max(1, nanos)) + " MB/s, " + requests + " requests per pass");
    }

    private static void random(BlockDevice disk, int count, int threads, int depth) throws Exception {
        if (depth < 1 || threads < 1 || (long) threads * depth > BlockDevice.MAX_IN_FLIGHT && depth > 1) {
            System.out.println("THREADS x DEPTH is at most " + BlockDevice.MAX_IN_FLIGHT + " (the requests a core keeps in flight), not "
                    + threads + " x " + depth);
            System.exit(2);
        }
        long blocks = disk.capacity() / 8;
        Thread[] workers = new Thread[threads];
        long[] failures = new long[1];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int share = count / threads + (t < count % threads ? 1 : 0);
            long seed = 0x9E3779B97F4A7C15L * (t + 1);
            workers[t] = new Thread(() -> {
                byte[][] block = new byte[depth][4096];
                int[] ticket = new int[depth];
                long x = seed;
                // A ring of DEPTH reads: complete the oldest, start the next in its place.
                for (int i = 0; i < share + depth; i++) {
                    int at = i % depth;
                    try {
                        if (i >= depth) {
                            disk.complete(ticket[at]);
                        }
                        if (i < share) {
                            x ^= x << 13;
                            x ^= x >>> 7;
                            x ^= x << 17;
                            ticket[at] = disk.startRead((x >>> 1) % blocks * 8, block[at], 0, 4096);
                        }
                    } catch (Exception e) {
                        failures[0]++;
                    }
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long nanos = System.nanoTime() - start;
        System.out.println("rand read 4k: " + count + " reads, " + threads + " thread(s), depth " + depth + ", "
                + failures[0] + " failed: " + ((long) count * 1_000_000_000L / Math.max(1, nanos)) + " IOPS");
    }
}
