package org.torito.guest.kernel;

/**
 * A single-producer/single-consumer ring of messages (byte arrays) in shared memory: one core
 * sends, one other core receives, no locks. Every field is written by one side only.
 *
 * <pre>
 * offset   0  long  head: bytes consumed so far (written by the receiver)
 * offset  64  long  tail: bytes produced so far (written by the sender)
 * offset 128  int   idle: 1 while the receiver may be asleep in IDLE (written by the receiver)
 * offset 192  data: capacity bytes, a multiple of 8; record = int length + bytes, padded to 8
 * </pre>
 * Head and tail only grow (a long will not wrap), so "used = tail - head" needs no extra bit
 * to tell full from empty. Records are 8-aligned and the capacity is a multiple of 8, so a
 * length word never straddles the end; a record's bytes may, and are copied in two parts.
 * All-zero memory is an empty ring.
 */
public final class Ring implements Waitable {
    static final long HEAD = 0;
    static final long TAIL = 64;
    static final long IDLE = 128;
    static final long DATA = 192;
    /** The smallest ring that holds a one-byte message. */
    public static final long MIN_SIZE = DATA + 64;

    private final SharedMemory memory;
    private final long base;
    private final long capacity;
    private final Runnable wakeReceiver;

    /**
     * @param wakeReceiver called by the sender after publishing a message when the receiver
     *                     flagged itself idle: rings its doorbell
     */
    public Ring(SharedMemory memory, long base, long size, Runnable wakeReceiver) {
        if (size < MIN_SIZE || base < 0 || base % 64 != 0 || base + size > memory.size()) {
            throw new IllegalArgumentException("ring [" + base + ", +" + size + ") does not fit shared memory of "
                    + memory.size() + " bytes, or is smaller than " + MIN_SIZE + " or not 64-aligned");
        }
        this.memory = memory;
        this.base = base;
        this.capacity = (size - DATA) & ~7L;
        this.wakeReceiver = wakeReceiver;
    }

    /** The longest message this ring can carry. */
    public int maxMessage() {
        return (int) Math.min(Integer.MAX_VALUE - 8, capacity - 4);
    }

    private static long recordSize(int length) {
        return (4L + length + 7) & ~7L;
    }

    /** Sender: appends the message if there is room; false when the ring is too full for it now. */
    public boolean offer(byte[] message, int from, int length) {
        if (from < 0 || length < 0 || length > message.length - from) {
            throw new IndexOutOfBoundsException("message range " + from + "+" + length + " of " + message.length);
        }
        if (length > maxMessage()) {
            throw new IllegalArgumentException("message of " + length + " bytes is longer than the ring's "
                    + maxMessage());
        }
        long tail = memory.loadAcquireLong(base + TAIL);
        long head = memory.loadAcquireLong(base + HEAD);
        long need = recordSize(length);
        if (capacity - (tail - head) < need) {
            return false;
        }
        long at = tail % capacity;
        memory.storeReleaseInt(base + DATA + at, length);
        copyIn((at + 4) % capacity, message, from, length);
        // Release: the bytes are visible before the new tail is.
        memory.storeReleaseLong(base + TAIL, tail + need);
        // Store-load order against the receiver's "flag idle, fence, check tail".
        memory.fullFence();
        if (memory.loadAcquireInt(base + IDLE) != 0) {
            wakeReceiver.run();
        }
        return true;
    }

    public boolean offer(byte[] message) {
        return offer(message, 0, message.length);
    }

    /** Receiver: the next message, or null when the ring is empty. */
    public byte[] poll() {
        long head = memory.loadAcquireLong(base + HEAD);
        long tail = memory.loadAcquireLong(base + TAIL);
        if (head == tail) {
            return null;
        }
        long at = head % capacity;
        int length = memory.loadAcquireInt(base + DATA + at);
        if (length < 0 || recordSize(length) > tail - head) {
            throw new IllegalStateException("ring at " + base + " is corrupt: record of " + length + " bytes, "
                    + (tail - head) + " bytes used");
        }
        byte[] message = new byte[length];
        copyOut((at + 4) % capacity, message, length);
        // Release: the bytes are read before the sender may overwrite them.
        memory.storeReleaseLong(base + HEAD, head + recordSize(length));
        return message;
    }

    /** Receiver or sender: whether a message is waiting. */
    public boolean isEmpty() {
        return memory.loadAcquireLong(base + HEAD) == memory.loadAcquireLong(base + TAIL);
    }

    /** Receiver: a message is waiting. */
    @Override
    public boolean ready() {
        return !isEmpty();
    }

    @Override
    public void idle(boolean idle) {
        receiverIdle(idle);
    }

    /**
     * Receiver: flags whether it may be asleep. A receiver sets the flag, then checks
     * {@link #isEmpty()} once more before IDLE (the fence makes that check see any message
     * whose sender did not see the flag), and clears it when awake.
     */
    public void receiverIdle(boolean idle) {
        memory.storeReleaseInt(base + IDLE, idle ? 1 : 0);
        if (idle) {
            memory.fullFence();
        }
    }

    private void copyIn(long at, byte[] source, int from, int length) {
        int first = (int) Math.min(length, capacity - at);
        memory.copyIn(base + DATA + at, source, from, first);
        if (first < length) {
            memory.copyIn(base + DATA, source, from + first, length - first);
        }
    }

    private void copyOut(long at, byte[] target, int length) {
        int first = (int) Math.min(length, capacity - at);
        memory.copyOut(base + DATA + at, target, 0, first);
        if (first < length) {
            memory.copyOut(base + DATA, target, first, length - first);
        }
    }
}
