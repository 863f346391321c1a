package org.torito.tcpip;

/**
 * Bounded ring for received bytes. In-order bytes are readable; out-of-order segments inside
 * the window are stored in place (at their distance past RCV.NXT) and remembered as up to
 * {@link #MAX_RANGES} sequence ranges, so reassembly needs no memory beyond the window.
 */
final class ReceiveBuffer {
    static final int MAX_RANGES = 8;
    /** What a connection holds once it has given its buffer back: no window, nothing to read. */
    static final ReceiveBuffer NONE = new ReceiveBuffer(0);

    private final byte[] ring;
    private int head;
    private int count;
    private final int[] rangeStart = new int[MAX_RANGES];
    private final int[] rangeEnd = new int[MAX_RANGES];
    private int ranges;

    ReceiveBuffer(int capacity) {
        ring = new byte[capacity];
    }

    int capacity() {
        return ring.length;
    }

    /** Empties the ring for its next connection. */
    void clear() {
        head = 0;
        count = 0;
        ranges = 0;
    }

    /** Nothing to read and no out-of-order bytes: the ring can go to another connection. */
    boolean isEmpty() {
        return count == 0 && ranges == 0;
    }

    /** Readable in-order bytes. */
    int available() {
        return count;
    }

    /** Space past the in-order bytes: the receive window. */
    int free() {
        return ring.length - count;
    }

    int outOfOrderRanges() {
        return ranges;
    }

    int read(byte[] b, int off, int len) {
        int n = peek(b, off, len);
        skip(n);
        return n;
    }

    /** Copies up to {@code len} readable bytes, leaving them readable. */
    int peek(byte[] b, int off, int len) {
        int n = Math.min(len, count);
        if (n <= 0) {
            return 0;
        }
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, b, off, first);
        System.arraycopy(ring, 0, b, off + first, n - first);
        return n;
    }

    /** Drops the {@code n} oldest readable bytes ({@code n <= available()}). */
    void skip(int n) {
        if (n <= 0) {
            return;
        }
        head = (head + n) % ring.length;
        count -= n;
    }

    /**
     * Stores a segment already trimmed to the window ({@code seq - rcvNxt + len <= free()}),
     * returns the new RCV.NXT. An out-of-order segment that would need a ninth range is
     * dropped; the peer retransmits it.
     */
    int accept(int rcvNxt, int seq, byte[] src, int off, int len) {
        if (len <= 0) {
            return rcvNxt;
        }
        int offset = seq - rcvNxt;
        if (offset != 0 && !remember(seq, seq + len)) {
            return rcvNxt;
        }
        int start = (head + count + offset) % ring.length;
        int first = Math.min(len, ring.length - start);
        System.arraycopy(src, off, ring, start, first);
        System.arraycopy(src, off + first, ring, 0, len - first);
        if (offset != 0) {
            return rcvNxt;
        }
        count += len;
        rcvNxt += len;
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < ranges; i++) {
                if (TcpSequence.le(rangeStart[i], rcvNxt)) {
                    if (TcpSequence.gt(rangeEnd[i], rcvNxt)) {
                        count += rangeEnd[i] - rcvNxt;
                        rcvNxt = rangeEnd[i];
                    }
                    removeRange(i);
                    merged = true;
                    break;
                }
            }
        }
        return rcvNxt;
    }

    private boolean remember(int start, int end) {
        for (int i = 0; i < ranges; i++) {
            if (TcpSequence.le(rangeStart[i], end) && TcpSequence.le(start, rangeEnd[i])) {
                if (TcpSequence.lt(rangeStart[i], start)) {
                    start = rangeStart[i];
                }
                if (TcpSequence.gt(rangeEnd[i], end)) {
                    end = rangeEnd[i];
                }
                removeRange(i);
                i = -1;
            }
        }
        if (ranges == MAX_RANGES) {
            return false;
        }
        rangeStart[ranges] = start;
        rangeEnd[ranges] = end;
        ranges++;
        return true;
    }

    private void removeRange(int i) {
        ranges--;
        rangeStart[i] = rangeStart[ranges];
        rangeEnd[i] = rangeEnd[ranges];
    }
}
