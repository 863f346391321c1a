package org.torito.tcpip;

/**
 * A stack's free connection buffers. A connection takes a send and a receive ring when it is
 * made and gives them back when it ends (TIME-WAIT, or closed) with nothing left to read, so
 * a server opening thousands of short connections a second reuses a few dozen rings instead of
 * allocating 2 x 128 KiB per connection: garbage the guest's collector, and the monitor's for
 * its gateway, would otherwise copy and sweep at every turn. At most {@code limit} of each are
 * kept.
 */
final class BufferPool {
    private final int sendCapacity;
    private final int receiveCapacity;
    private final SendBuffer[] sends;
    private final ReceiveBuffer[] receives;
    private int sendCount;
    private int receiveCount;

    BufferPool(int sendCapacity, int receiveCapacity, int limit) {
        this.sendCapacity = sendCapacity;
        this.receiveCapacity = receiveCapacity;
        this.sends = new SendBuffer[limit];
        this.receives = new ReceiveBuffer[limit];
    }

    SendBuffer takeSend() {
        return sendCount > 0 ? sends[--sendCount] : new SendBuffer(sendCapacity);
    }

    ReceiveBuffer takeReceive() {
        return receiveCount > 0 ? receives[--receiveCount] : new ReceiveBuffer(receiveCapacity);
    }

    void give(SendBuffer b) {
        if (b.capacity() == sendCapacity && sendCount < sends.length) {
            b.clear();
            sends[sendCount++] = b;
        }
    }

    void give(ReceiveBuffer b) {
        if (b.capacity() == receiveCapacity && receiveCount < receives.length) {
            b.clear();
            receives[receiveCount++] = b;
        }
    }

    /** Rings waiting for a connection (send plus receive). */
    int free() {
        return sendCount + receiveCount;
    }
}
