package org.torito.guest;

import org.torito.guest.kernel.CoreIdle;
import org.torito.guest.kernel.Ring;
import org.torito.guest.kernel.Rings;

/**
 * One direction between two cores: messages of bytes, delivered in order, through a
 * lock-free ring in the shared region. {@link #to(int)} is this core's sending end towards a
 * core, {@link #from(int)} its receiving end from one. One thread per core should use an end
 * (single producer, single consumer). A receiver that waits lets the core's other threads run
 * and, when none can, puts the core to sleep until a sender's doorbell.
 */
public final class Channel {
    private final Ring ring;
    private final Ring[] waitSet;
    private final int peer;
    private final boolean sending;

    private Channel(Ring ring, int peer, boolean sending) {
        this.ring = ring;
        this.waitSet = new Ring[] {ring};
        this.peer = peer;
        this.sending = sending;
    }

    /** The channel from this core to {@code core}. */
    public static Channel to(int core) {
        return new Channel(Rings.data(Kernel.core(), core), core, true);
    }

    /** The channel from {@code core} to this core. */
    public static Channel from(int core) {
        return new Channel(Rings.data(core, Kernel.core()), core, false);
    }

    /** The core at the other end. */
    public int peer() {
        return peer;
    }

    /** The longest message this channel carries. */
    public int maxMessage() {
        return ring.maxMessage();
    }

    /** Sends {@code message} if there is room now; false if the receiver has not caught up. */
    public boolean trySend(byte[] message) {
        requireSending(true);
        return ring.offer(message);
    }

    /** Sends {@code message}, letting this core's other threads run while the channel is full. */
    public void send(byte[] message) {
        requireSending(true);
        while (!ring.offer(message)) {
            Thread.yield();
        }
    }

    /** The next message, or null if none has arrived. */
    public byte[] poll() {
        requireSending(false);
        return ring.poll();
    }

    /** The next message, waiting (cooperatively) until one arrives. */
    public byte[] receive() {
        requireSending(false);
        for (;;) {
            byte[] message = ring.poll();
            if (message != null) {
                return message;
            }
            CoreIdle.await(waitSet);
        }
    }

    private void requireSending(boolean wanted) {
        if (sending != wanted) {
            throw new IllegalStateException(sending ? "this end of the channel to core " + peer + " only sends"
                    : "this end of the channel from core " + peer + " only receives");
        }
    }
}
