package org.torito.vmm.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a classic little-endian pcap file back, checking its header, for tests. */
public final class PcapFile {
    /** One record: its timestamp in microseconds, the length on the wire, and the bytes kept. */
    public record Frame(long micros, int originalLength, byte[] data) {
    }

    private PcapFile() {
    }

    public static List<Frame> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 24 || b.getInt() != 0xA1B2C3D4) {
            throw new IOException(file + ": not a little-endian microsecond pcap file");
        }
        if (b.getShort() != 2 || b.getShort() != 4) {
            throw new IOException(file + ": not pcap version 2.4");
        }
        b.position(20);
        if (b.getInt() != 1) {
            throw new IOException(file + ": link type is not Ethernet");
        }
        List<Frame> frames = new ArrayList<>();
        while (b.remaining() > 0) {
            if (b.remaining() < 16) {
                throw new IOException(file + ": truncated record header at " + b.position());
            }
            long seconds = Integer.toUnsignedLong(b.getInt());
            long micros = Integer.toUnsignedLong(b.getInt());
            int kept = b.getInt();
            int original = b.getInt();
            if (kept < 0 || kept > b.remaining() || kept > original) {
                throw new IOException(file + ": bad record length " + kept + " at " + b.position());
            }
            byte[] data = new byte[kept];
            b.get(data);
            frames.add(new Frame(seconds * 1_000_000 + micros, original, data));
        }
        return frames;
    }
}
