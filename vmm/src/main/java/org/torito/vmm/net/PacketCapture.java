package org.torito.vmm.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Frames written to a pcap file (the classic libpcap format, Ethernet link type) as they cross
 * a virtio-net device, for tcpdump or Wireshark. Frames from several threads (each queue's)
 * are written whole and in the order they are recorded; timestamps are microseconds of the
 * host's wall clock. A failed write stops the capture for good and never the device.
 */
public final class PacketCapture implements AutoCloseable {
    private static final int MAGIC = 0xA1B2C3D4;
    private static final int LINKTYPE_ETHERNET = 1;
    /** Frames are kept whole: the user network's are at most 14 + 65535 bytes. */
    public static final int SNAP_LENGTH = 65535 + 14;

    private final Path file;
    private final OutputStream out;
    private final byte[] record = new byte[16];
    private final long wallMicrosAtStart;
    private final long nanosAtStart;
    private long frames;
    private IOException failure;

    private PacketCapture(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
        this.wallMicrosAtStart = System.currentTimeMillis() * 1000;
        this.nanosAtStart = System.nanoTime();
    }

    /** Creates (or truncates) {@code file} and writes the pcap header. */
    public static PacketCapture create(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        byte[] header = new byte[24];
        putLittle(header, 0, MAGIC);
        header[4] = 2; // version 2.4
        header[6] = 4;
        putLittle(header, 16, SNAP_LENGTH);
        putLittle(header, 20, LINKTYPE_ETHERNET);
        try {
            out.write(header);
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new PacketCapture(file, out);
    }

    public Path file() {
        return file;
    }

    /** Appends one frame; {@code frame[offset..offset+length)} is the Ethernet frame. */
    public synchronized void record(byte[] frame, int offset, int length) {
        if (failure != null) {
            return;
        }
        long micros = wallMicrosAtStart + (System.nanoTime() - nanosAtStart) / 1000;
        int kept = Math.min(length, SNAP_LENGTH);
        putLittle(record, 0, (int) (micros / 1_000_000));
        putLittle(record, 4, (int) (micros % 1_000_000));
        putLittle(record, 8, kept);
        putLittle(record, 12, length);
        try {
            out.write(record);
            out.write(frame, offset, kept);
            frames++;
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Frames written so far. */
    public synchronized long frames() {
        return frames;
    }

    /** Why the capture stopped early, or null. */
    public synchronized IOException failure() {
        return failure;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void putLittle(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
