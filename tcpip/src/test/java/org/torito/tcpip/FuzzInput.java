package org.torito.tcpip;

/**
 * A fuzzer's bytes read front to back as a little program: opcodes and fields in order, zero
 * once the bytes run out. Reading in order (unlike FuzzedDataProvider, which takes numbers from
 * the end) lets the checked-in seeds be written by hand, op by op (scripts/fuzz-seeds/stack.py
 * and gateway.py write them; each fuzz test's class comment gives its op encoding).
 */
public final class FuzzInput {
    private final byte[] data;
    private int at;

    public FuzzInput(byte[] data) {
        this.data = data;
    }

    public boolean exhausted() {
        return at >= data.length;
    }

    public int u8() {
        return at < data.length ? data[at++] & 0xFF : 0;
    }

    public int u16() {
        return u8() << 8 | u8();
    }

    public int u32() {
        return u16() << 16 | u16();
    }

    /** The next {@code n} bytes into {@code b} at {@code off}, zero-filled past the end of the input. */
    public void bytes(byte[] b, int off, int n) {
        int have = Math.max(0, Math.min(n, data.length - at));
        System.arraycopy(data, at, b, off, have);
        java.util.Arrays.fill(b, off + have, off + n, (byte) 0);
        at += have;
    }
}
