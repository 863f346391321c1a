package org.torito.tcpip;

/** Bounded ring of bytes written by the application and not yet acknowledged by the peer. */
final class SendBuffer {
    /** What a connection holds once it has given its buffer back: never has room, never holds a byte. */
    static final SendBuffer NONE = new SendBuffer(0);

    private final byte[] ring;
    private int head;
    private int count;

    SendBuffer(int capacity) {
        ring = new byte[capacity];
    }

    int capacity() {
        return ring.length;
    }

    /** Empties the ring for its next connection. */
    void clear() {
        head = 0;
        count = 0;
    }

    int length() {
        return count;
    }

    int free() {
        return ring.length - count;
    }

    int append(byte[] b, int off, int len) {
        int n = Math.min(len, free());
        if (n <= 0) {
            return 0;
        }
        int tail = (head + count) % ring.length;
        int first = Math.min(n, ring.length - tail);
        System.arraycopy(b, off, ring, tail, first);
        System.arraycopy(b, off + first, ring, 0, n - first);
        count += n;
        return n;
    }

    /** Copies {@code len} bytes starting {@code offset} bytes after the oldest unacked byte. */
    void copy(int offset, byte[] dst, int dstOff, int len) {
        if (len <= 0) {
            return;
        }
        int start = (head + offset) % ring.length;
        int first = Math.min(len, ring.length - start);
        System.arraycopy(ring, start, dst, dstOff, first);
        System.arraycopy(ring, 0, dst, dstOff + first, len - first);
    }

    void consume(int n) {
        if (n <= 0) {
            return;
        }
        head = (head + n) % ring.length;
        count -= n;
    }
}
