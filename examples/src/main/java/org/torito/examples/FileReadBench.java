package org.torito.examples;

import java.io.InputStream;

import org.torito.guest.BlockDevice;
import org.torito.guest.FileSystems;
import org.torito.guest.Volume;

/**
 * File read speed against the raw disk in the same run (scripts/bench-fs): reads FILE (default
 * /big.bin) of disk 0 through the file system, its block cache and a 64 KiB stream buffer, then
 * the same number of bytes straight from the disk in 64 KiB requests, each twice, and reports
 * the second passes.
 */
public final class FileReadBench {
    private static final int CHUNK = 64 * 1024;

    private FileReadBench() {
    }

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "/big.bin";
        Volume volume = FileSystems.mount(0, false, FileSystems.DEFAULT_CACHE_BYTES);
        byte[] buffer = new byte[CHUNK];
        long bytes = 0;
        long nanos = 0;
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            bytes = 0;
            try (InputStream in = volume.newInputStream(path)) {
                int n;
                while ((n = in.read(buffer, 0, CHUNK)) > 0) {
                    bytes += n;
                }
            }
            nanos = System.nanoTime() - start;
        }
        report("file read", bytes, nanos);
        BlockDevice disk = BlockDevice.open(0);
        long limit = Math.min(bytes, disk.capacity() * BlockDevice.SECTOR_SIZE) / CHUNK * CHUNK;
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            for (long at = 0; at < limit; at += CHUNK) {
                disk.read(at / BlockDevice.SECTOR_SIZE, buffer, 0, CHUNK);
            }
            nanos = System.nanoTime() - start;
        }
        report("raw read", limit, nanos);
        System.out.println("cache: " + volume.cache().hits() + " hits, " + volume.cache().misses() + " misses, "
                + volume.cache().deviceReads() + " device reads");
    }

    private static void report(String what, long bytes, long nanos) {
        System.out.println(what + ": " + (bytes >> 20) + " MiB in " + nanos / 1_000_000 + " ms: "
                + bytes * 1000 / Math.max(1, nanos) + " MB/s");
    }
}
