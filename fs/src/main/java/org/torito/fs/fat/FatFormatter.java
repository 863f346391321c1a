package org.torito.fs.fat;

import java.io.IOException;
import java.util.Random;
import org.torito.fs.BlockStore;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/**
 * Makes an empty FAT file system on the whole store with 512-byte sectors and two FATs:
 * FAT12 up to 4 MiB, FAT16 up to 512 MiB, FAT32 above, unless a type is asked for.
 */
public final class FatFormatter {
    private static final int SECTOR = 512;

    private FatType type;
    private String label = "NO NAME";

    public FatFormatter type(FatType wanted) {
        this.type = wanted;
        return this;
    }

    /** Up to 11 characters, upper-cased. */
    public FatFormatter label(String name) {
        this.label = name;
        return this;
    }

    public void format(BlockStore store) throws IOException {
        long sectors = Math.min(store.size() / SECTOR, 0xFFFFFFFFL);
        FatType t = type != null ? type : sectors <= 8192 ? FatType.FAT12 : sectors <= 1048576 ? FatType.FAT16 : FatType.FAT32;
        int reserved = t == FatType.FAT32 ? 32 : 1;
        int rootEntries = t == FatType.FAT32 ? 0 : t == FatType.FAT12 ? 224 : 512;
        long rootSectors = rootEntries * 32L / SECTOR;
        int fats = 2;
        for (int spc = 1; spc <= 128; spc *= 2) {
            // The FAT's size depends on the cluster count, which depends on the FAT's size: iterate to a fixed point.
            long fatSectors = 1;
            long clusters;
            while (true) {
                long data = sectors - reserved - fats * fatSectors - rootSectors;
                clusters = data <= 0 ? 0 : data / spc;
                long bytes = t == FatType.FAT12 ? ((clusters + 2) * 3 + 1) / 2 : (clusters + 2) * (t.bits / 8);
                long needed = (bytes + SECTOR - 1) / SECTOR;
                if (needed <= fatSectors) {
                    break;
                }
                fatSectors = needed; // only grows, and clusters only shrink: this ends
            }
            if (clusters > 0 && FatType.forClusters(clusters) == t && (t != FatType.FAT32 || spc * SECTOR >= 4096 || clusters < 0x0FFFFFF0L)) {
                write(store, t, sectors, spc, reserved, fats, fatSectors, rootEntries, clusters);
                return;
            }
            if (clusters > 0 && FatType.forClusters(clusters).bits < t.bits) {
                break; // clusters are only getting fewer
            }
        }
        throw new FsException(FsError.INVALID_ARGUMENT, "cannot make " + t + " on " + sectors * SECTOR + " bytes"
                + (t == FatType.FAT32 ? " (FAT32 needs at least 33 MiB)" : ""));
    }

    private void write(BlockStore store, FatType t, long sectors, int spc, int reserved, int fats, long fatSectors,
            int rootEntries, long clusters) throws IOException {
        byte[] b = new byte[SECTOR];
        b[0] = (byte) 0xEB;
        b[1] = (byte) (t == FatType.FAT32 ? 0x58 : 0x3C);
        b[2] = (byte) 0x90;
        ascii(b, 3, "TORITO", 8);
        LittleEndian.put16(b, 11, SECTOR);
        b[13] = (byte) spc;
        LittleEndian.put16(b, 14, reserved);
        b[16] = (byte) fats;
        LittleEndian.put16(b, 17, rootEntries);
        if (sectors < 65536 && t != FatType.FAT32) {
            LittleEndian.put16(b, 19, (int) sectors);
        } else {
            LittleEndian.put32(b, 32, sectors);
        }
        b[21] = (byte) 0xF8;
        LittleEndian.put16(b, 24, 32);
        LittleEndian.put16(b, 26, 64);
        long volumeId = new Random(System.nanoTime() ^ sectors).nextInt() & 0xFFFFFFFFL;
        int ext;
        if (t == FatType.FAT32) {
            LittleEndian.put32(b, 36, fatSectors);
            LittleEndian.put32(b, 44, 2);
            LittleEndian.put16(b, 48, 1);
            LittleEndian.put16(b, 50, 6);
            ext = 64;
        } else {
            LittleEndian.put16(b, 22, (int) fatSectors);
            ext = 36;
        }
        b[ext] = (byte) 0x80;
        b[ext + 2] = 0x29;
        LittleEndian.put32(b, ext + 3, volumeId);
        ascii(b, ext + 7, label.toUpperCase(), 11);
        ascii(b, ext + 18, t == FatType.FAT12 ? "FAT12" : t == FatType.FAT16 ? "FAT16" : "FAT32", 8);
        b[510] = 0x55;
        b[511] = (byte) 0xAA;

        byte[] zero = new byte[SECTOR * 64];
        long end = reserved + fats * fatSectors + rootEntries * 32L / SECTOR + (t == FatType.FAT32 ? spc : 0);
        for (long s = 0; s < end; s += 64) {
            int n = (int) Math.min(64, end - s);
            store.write(s * SECTOR, zero, 0, n * SECTOR);
        }
        store.write(0, b, 0, SECTOR);
        if (t == FatType.FAT32) {
            store.write(6L * SECTOR, b, 0, SECTOR);
            byte[] info = new byte[SECTOR];
            LittleEndian.put32(info, 0, 0x41615252);
            LittleEndian.put32(info, 484, 0x61417272);
            LittleEndian.put32(info, 488, clusters - 1);
            LittleEndian.put32(info, 492, 3);
            LittleEndian.put32(info, 508, 0xAA550000L);
            store.write(SECTOR, info, 0, SECTOR);
            store.write(7L * SECTOR, info, 0, SECTOR);
        }
        byte[] first = new byte[SECTOR];
        switch (t) {
            case FAT12:
                first[0] = (byte) 0xF8;
                first[1] = (byte) 0xFF;
                first[2] = (byte) 0xFF;
                break;
            case FAT16:
                LittleEndian.put16(first, 0, 0xFFF8);
                LittleEndian.put16(first, 2, 0xFFFF);
                break;
            default:
                LittleEndian.put32(first, 0, 0x0FFFFFF8);
                LittleEndian.put32(first, 4, 0x0FFFFFFF);
                LittleEndian.put32(first, 8, 0x0FFFFFFF); // the root directory's single cluster
        }
        for (int f = 0; f < fats; f++) {
            store.write((reserved + f * fatSectors) * SECTOR, first, 0, SECTOR);
        }
        store.flush();
    }

    private static void ascii(byte[] b, int off, String s, int width) {
        for (int i = 0; i < width; i++) {
            b[off + i] = (byte) (i < s.length() ? s.charAt(i) : ' ');
        }
    }
}
