package org.torito.vmm.net.user;

import java.util.ArrayDeque;

/**
 * Frames waiting for a guest receive buffer, per queue, in order. Bounded: a queue that stays
 * full long enough loses frames, and TCP retransmission recovers them (the last resort).
 * Buffers are recycled, so a steady stream allocates nothing.
 */
public final class GuestBacklog {
    private static final class Frame {
        final byte[] data;
        int length;
        boolean checksumPartial;

        Frame(int size) {
            data = new byte[size];
        }
    }

    private final ArrayDeque<Frame>[] queues;
    private final ArrayDeque<Frame> free = new ArrayDeque<>();
    private final int perQueue;
    private final int frameSize;
    private int frames;
    private long bytes;
    private int highWater;

    @SuppressWarnings("unchecked")
    public GuestBacklog(int queueCount, int perQueue, int frameSize) {
        this.queues = new ArrayDeque[queueCount];
        for (int i = 0; i < queueCount; i++) {
            queues[i] = new ArrayDeque<>();
        }
        this.perQueue = perQueue;
        this.frameSize = frameSize;
    }

    public boolean isEmpty(int queue) {
        return queues[queue].isEmpty();
    }

    /** Keeps a copy; false when the queue's backlog is full or the frame too large. */
    public boolean add(int queue, byte[] b, int off, int len) {
        return add(queue, b, off, len, false);
    }

    /** As above, remembering whether the frame's TCP checksum is partial ({@link org.torito.vmm.net.GuestPort}). */
    public boolean add(int queue, byte[] b, int off, int len, boolean checksumPartial) {
        ArrayDeque<Frame> q = queues[queue];
        if (q.size() >= perQueue || len > frameSize) {
            return false;
        }
        Frame f = free.poll();
        if (f == null) {
            f = new Frame(frameSize);
        }
        System.arraycopy(b, off, f.data, 0, len);
        f.length = len;
        f.checksumPartial = checksumPartial;
        q.add(f);
        frames++;
        bytes += len;
        highWater = Math.max(highWater, frames);
        return true;
    }

    /** Delivers held frames of {@code queue} in order until the port refuses one. */
    public int drain(int queue, org.torito.vmm.net.GuestPort port) {
        ArrayDeque<Frame> q = queues[queue];
        int n = 0;
        Frame f;
        while ((f = q.peek()) != null && port.deliver(queue, f.data, 0, f.length, f.checksumPartial)) {
            q.poll();
            frames--;
            bytes -= f.length;
            free.push(f);
            n++;
        }
        return n;
    }

    public int frames() {
        return frames;
    }

    public long bytes() {
        return bytes;
    }

    public int highWater() {
        return highWater;
    }
}
