package org.torito.examples;

/** Longs in messages: 8 bytes, little-endian. */
final class Bytes {

    private Bytes() {
    }

    static byte[] ofLongs(long... values) {
        byte[] b = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < 8; j++) {
                b[i * 8 + j] = (byte) (values[i] >>> (8 * j));
            }
        }
        return b;
    }

    static long longAt(byte[] b, int index) {
        long v = 0;
        for (int j = 7; j >= 0; j--) {
            v = (v << 8) | (b[index * 8 + j] & 0xFF);
        }
        return v;
    }
}
