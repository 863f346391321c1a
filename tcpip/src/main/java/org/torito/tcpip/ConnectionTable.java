package org.torito.tcpip;

/**
 * Connections by (remote address, remote port, local port), open addressing with linear
 * probing, so a lookup per segment allocates nothing. Also keeps a dense list for timers.
 */
final class ConnectionTable {
    private final long[] keys;
    private final TcpConnection[] slots;
    private final int mask;
    private final TcpConnection[] list;
    private int size;

    ConnectionTable(int maxConnections) {
        int capacity = 16;
        while (capacity < maxConnections * 2) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        slots = new TcpConnection[capacity];
        mask = capacity - 1;
        list = new TcpConnection[maxConnections];
    }

    static long key(int remoteIp, int remotePort, int localPort) {
        return ((long) remoteIp << 32) | ((long) remotePort << 16) | localPort;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == list.length;
    }

    TcpConnection get(int i) {
        return list[i];
    }

    TcpConnection find(long key) {
        for (int i = hash(key) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        return null;
    }

    /** Caller checks isFull and that the key is absent. */
    void add(TcpConnection c) {
        int i = hash(c.key) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = c.key;
        slots[i] = c;
        c.index = size;
        list[size++] = c;
    }

    void remove(TcpConnection c) {
        if (c.index < 0) {
            return;
        }
        int i = hash(c.key) & mask;
        while (slots[i] != c) {
            i = (i + 1) & mask;
        }
        // Backward-shift deletion keeps every probe chain unbroken without tombstones.
        slots[i] = null;
        int j = (i + 1) & mask;
        while (slots[j] != null) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - i) & mask)) {
                slots[i] = slots[j];
                keys[i] = keys[j];
                slots[j] = null;
                i = j;
            }
            j = (j + 1) & mask;
        }
        size--;
        TcpConnection last = list[size];
        list[c.index] = last;
        last.index = c.index;
        list[size] = null;
        c.index = -1;
    }
}
