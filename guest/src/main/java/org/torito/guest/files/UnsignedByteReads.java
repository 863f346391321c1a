package org.torito.guest.files;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * FileInputStream.read() and RandomAccessFile.read(), which org.torito.boot.teavm.classlib.FileFixes
 * replaces: TeaVM's returned the byte signed, so 0xFF read as -1, the end of the file. Each
 * reads through the same object's read(byte[], int, int), which is right.
 */
public final class UnsignedByteReads {
    private UnsignedByteReads() {
    }

    public static int read(FileInputStream in) throws IOException {
        byte[] one = new byte[1];
        return in.read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    public static int read(RandomAccessFile file) throws IOException {
        byte[] one = new byte[1];
        return file.read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }
}
