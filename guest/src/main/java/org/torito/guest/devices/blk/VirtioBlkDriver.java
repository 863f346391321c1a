package org.torito.guest.devices.blk;

import org.torito.guest.devices.DeviceException;
import org.torito.guest.devices.PhysicalMemory;
import org.torito.guest.devices.VirtioMmioDriver;
import org.torito.guest.kernel.CoreIdle;
import org.torito.guest.kernel.DeviceCalls;
import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.kernel.Waitable;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.blk.BlkConfig;
import org.torito.virtio.blk.BlkFeature;
import org.torito.virtio.blk.BlkRequestHeader;
import org.torito.virtio.blk.BlkRequestType;
import org.torito.virtio.blk.BlkStatus;
import org.torito.virtio.queue.DriverQueue;
import org.torito.virtio.queue.QueueLayout;

/**
 * This core's driver for one virtio-blk device: its own queue (queue k on core k) in its own
 * DMA memory, polled, with notifications in both directions suppressed by event idx. A request
 * is split into pieces of at most {@link #PIECE} bytes, each bounced through a slot of DMA
 * memory (a Java array may move in a collection; DMA memory does not), and up to
 * {@link #SLOTS} pieces are in flight at once, from one caller or several of this core's
 * threads. A caller may also start reads and complete them later ({@link #startRead}), which
 * keeps the queue deep without more threads. A waiting thread polls, then parks; when the core has nothing to run it sleeps until
 * the monitor rings its doorbell for a completion.
 */
public final class VirtioBlkDriver implements Waitable {
    public static final int SECTOR = BlkRequestHeader.SECTOR_SIZE;
    public static final int PIECE = 64 * 1024;
    public static final int SLOTS = 8;
    private static final int QUEUE_SIZE = 64;
    /** Polling a queue this long before parking: most requests complete well within it. */
    private static final long POLL_NANOS = 100_000;
    private static final long SPIN_NANOS = 10_000;
    private static final long FEATURES = VirtioFeature.bit(VirtioFeature.EVENT_IDX) | VirtioFeature.bit(BlkFeature.FLUSH)
            | VirtioFeature.bit(BlkFeature.RO) | VirtioFeature.bit(BlkFeature.MQ) | VirtioFeature.bit(BlkFeature.BLK_SIZE)
            | VirtioFeature.bit(BlkFeature.SEG_MAX) | VirtioFeature.bit(BlkFeature.SIZE_MAX);

    private final VirtioMmioDriver device;
    private final int queueIndex;
    private final DriverQueue queue;
    private final long capacity;
    private final boolean readOnly;
    private final boolean flushes;
    /** Per slot: the request header, then the status byte, then the data; addresses in DMA memory. */
    private final long[] header = new long[SLOTS];
    private final long[] data = new long[SLOTS];
    private final long[] status = new long[SLOTS];
    private final boolean[] busy = new boolean[SLOTS];
    private final boolean[] done = new boolean[SLOTS];
    /** Per slot, the request in it: what {@link #finish} needs, and whose it is. */
    private final int[] generation = new int[SLOTS];
    private final Thread[] owner = new Thread[SLOTS];
    private final int[] types = new int[SLOTS];
    private final long[] sectors = new long[SLOTS];
    private final byte[][] targets = new byte[SLOTS][];
    private final int[] offsets = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final int[] slotOfHead = new int[QUEUE_SIZE];
    private final Waitable[] waitSet = {this};

    private final long[] chainAddrs = new long[3];
    private final int[] chainLens = new int[3];

    private VirtioBlkDriver(VirtioMmioDriver device, int queueIndex, DriverQueue queue, long capacity, boolean readOnly,
                            boolean flushes, long slotsBase) {
        this.device = device;
        this.queueIndex = queueIndex;
        this.queue = queue;
        this.capacity = capacity;
        this.readOnly = readOnly;
        this.flushes = flushes;
        long slotBytes = PIECE + 64;
        for (int i = 0; i < SLOTS; i++) {
            header[i] = slotsBase + i * slotBytes;
            status[i] = header[i] + BlkRequestHeader.SIZE;
            data[i] = header[i] + 64;
        }
        queue.disableInterrupts();
    }

    /**
     * Sets up this core's queue of the block device at boot-info index {@code index}. Core 0
     * negotiates the device first; another core waits for that, up to a few seconds.
     */
    public static VirtioBlkDriver open(int index) throws DeviceException {
        VirtioMmioDriver device = VirtioMmioDriver.open(index, 2, "virtio-blk");
        long accepted = device.negotiateOrAwait(FEATURES, "block device " + index);
        int core = KernelCalls.core();
        int queueIndex = core;
        if (queueIndex >= DeviceCalls.deviceQueues(index)) {
            throw new DeviceException("block device " + index + " has no queue for core " + core);
        }
        int size = Math.min(QUEUE_SIZE, device.maxQueueSize(queueIndex));
        if (size < 3) {
            throw new DeviceException("block device " + index + " offers a queue of " + size + " descriptors");
        }
        long ring = DeviceCalls.dmaAlloc(QueueLayout.contiguousBytes(size), 4096);
        long slots = DeviceCalls.dmaAlloc((long) SLOTS * (PIECE + 64), 4096);
        if (ring == 0 || slots == 0) {
            throw new DeviceException("out of DMA memory for block device " + index);
        }
        QueueLayout layout = QueueLayout.contiguous(ring, size);
        DriverQueue queue = new DriverQueue(PhysicalMemory.INSTANCE, layout,
                VirtioFeature.has(accepted, VirtioFeature.EVENT_IDX));
        device.enableQueue(queueIndex, layout);
        long capacity = (device.readConfig(BlkConfig.CAPACITY) & 0xFFFFFFFFL)
                | ((long) device.readConfig(BlkConfig.CAPACITY + 4) << 32);
        return new VirtioBlkDriver(device, queueIndex, queue, capacity, VirtioFeature.has(accepted, BlkFeature.RO),
                VirtioFeature.has(accepted, BlkFeature.FLUSH), slots);
    }


    /** Size in 512-byte sectors. */
    public long capacity() {
        return capacity;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Reads {@code length} bytes (whole sectors) from {@code sector} into {@code buffer}. */
    public void read(long sector, byte[] buffer, int offset, int length) throws DeviceException {
        transfer(BlkRequestType.IN, sector, buffer, offset, length);
    }

    /** Writes {@code length} bytes (whole sectors) of {@code buffer} at {@code sector}. */
    public void write(long sector, byte[] buffer, int offset, int length) throws DeviceException {
        transfer(BlkRequestType.OUT, sector, buffer, offset, length);
    }

    /**
     * Starts reading {@code length} bytes (whole sectors, at most {@link #PIECE}) from
     * {@code sector} into {@code buffer} and returns at once with a ticket for
     * {@link #complete}, which fills the buffer. The core's threads together keep up to
     * {@link #SLOTS} requests in flight; the device works on them while the thread goes on.
     */
    public int startRead(long sector, byte[] buffer, int offset, int length) throws DeviceException {
        checkTransfer(sector, buffer, offset, length);
        if (length > PIECE) {
            throw new IllegalArgumentException("a started read is at most " + PIECE + " bytes, not " + length);
        }
        return ticket(submit(BlkRequestType.IN, sector, buffer, offset, length));
    }

    /** Waits for the request of {@code ticket} and finishes it: a read's data is in its buffer after this. */
    public void complete(int ticket) throws DeviceException {
        int slot = ticket & 0xFF;
        if (slot >= SLOTS || !busy[slot] || generation[slot] != ticket >>> 8) {
            throw new IllegalStateException("ticket " + ticket + " is not a request in flight");
        }
        awaitSlot(slot);
        String failed = finish(slot);
        if (failed != null) {
            throw new DeviceException(failed);
        }
    }

    /** Makes every completed write durable (the monitor fdatasyncs the image). */
    public void flush() throws DeviceException {
        if (flushes) {
            complete(ticket(submit(BlkRequestType.FLUSH, 0, null, 0, 0)));
        }
    }

    /** The device's id string (serial), up to 20 bytes. */
    public String id() throws DeviceException {
        byte[] id = new byte[BlkRequestHeader.ID_BYTES];
        complete(ticket(submit(BlkRequestType.GET_ID, 0, id, 0, id.length)));
        int n = 0;
        while (n < id.length && id[n] != 0) {
            n++;
        }
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            text[i] = (char) (id[i] & 0x7F);
        }
        return new String(text);
    }

    private void checkTransfer(long sector, byte[] buffer, int offset, int length) throws DeviceException {
        if (length % SECTOR != 0 || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new IllegalArgumentException("transfer of " + length + " bytes at " + offset + " of a "
                    + buffer.length + "-byte buffer: whole sectors inside the buffer");
        }
        long sectors = length / SECTOR;
        if (sector < 0 || sector > capacity || sectors > capacity - sector) {
            throw new DeviceException("sectors " + sector + "+" + sectors + " are outside the disk's " + capacity);
        }
    }

    private void transfer(int type, long sector, byte[] buffer, int offset, int length) throws DeviceException {
        checkTransfer(sector, buffer, offset, length);
        if (length <= PIECE) {
            // One piece: no bookkeeping to allocate.
            complete(ticket(submit(type, sector, buffer, offset, length)));
            return;
        }
        // Keep up to SLOTS pieces in flight and finish them in order. Several of this core's
        // threads may be in here at once, so the bookkeeping is per call.
        int[] inFlight = new int[SLOTS];
        int first = 0;
        int count = 0;
        int submitted = 0;
        DeviceException error = null;
        while (submitted < length || count > 0) {
            // With nothing in flight, wait for a slot (another thread's); else take only free ones.
            while (submitted < length && count < SLOTS && (count == 0 || freeSlot() >= 0)) {
                int n = Math.min(PIECE, length - submitted);
                inFlight[(first + count) % SLOTS] = ticket(submit(type, sector + submitted / SECTOR, buffer,
                        offset + submitted, n));
                count++;
                submitted += n;
            }
            try {
                complete(inFlight[first]);
            } catch (DeviceException e) {
                if (error == null) {
                    // Submit nothing more, but let what is in flight complete so its slots come back.
                    error = e;
                    submitted = length;
                }
            }
            first = (first + 1) % SLOTS;
            count--;
        }
        if (error != null) {
            throw error;
        }
    }

    private int ticket(int slot) {
        return generation[slot] << 8 | slot;
    }

    private int freeSlot() {
        for (int i = 0; i < SLOTS; i++) {
            if (!busy[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Puts one request on the queue. When no slot is free, a thread that holds none waits for
     * another thread's request to finish; one that holds some is refused, since two such
     * threads waiting for each other would never finish theirs. {@code length} bytes of data,
     * to or from {@code buffer}.
     */
    private int submit(int type, long sector, byte[] buffer, int offset, int length) {
        int slot;
        while ((slot = freeSlot()) < 0) {
            if (holdsAny()) {
                throw new IllegalStateException("all " + SLOTS + " requests of this core are in flight and some are this"
                        + " thread's: complete one of them first");
            }
            Thread.yield();
        }
        busy[slot] = true;
        done[slot] = false;
        generation[slot] = (generation[slot] + 1) & 0xFFFFFF;
        owner[slot] = Thread.currentThread();
        types[slot] = type;
        sectors[slot] = sector;
        targets[slot] = buffer;
        offsets[slot] = offset;
        lengths[slot] = length;
        BlkRequestHeader.write(PhysicalMemory.INSTANCE, header[slot], type, sector);
        PhysicalMemory.INSTANCE.write8(status[slot], 0xFF);
        if (type == BlkRequestType.OUT) {
            PhysicalMemory.INSTANCE.copyFromArray(buffer, offset, data[slot], length);
        }
        chainAddrs[0] = header[slot];
        chainLens[0] = BlkRequestHeader.SIZE;
        int readable = 1;
        int writable = 1;
        int n = 0;
        if (length > 0) {
            chainAddrs[1] = data[slot];
            chainLens[1] = length;
            n = 1;
            if (type == BlkRequestType.OUT) {
                readable = 2;
            } else {
                writable = 2;
            }
        }
        chainAddrs[1 + n] = status[slot];
        chainLens[1 + n] = 1;
        int head = queue.add(chainAddrs, chainLens, readable, writable);
        // SLOTS * 3 descriptors never exceed the queue, so there is always room.
        slotOfHead[head] = slot;
        queue.publish();
        if (queue.kickNeeded()) {
            device.notifyQueue(queueIndex);
        }
        return slot;
    }

    private boolean holdsAny() {
        Thread me = Thread.currentThread();
        for (int i = 0; i < SLOTS; i++) {
            if (owner[i] == me) {
                return true;
            }
        }
        return false;
    }

    /** Takes every completion off the used ring. */
    private void reap() {
        long used;
        while ((used = queue.takeUsed()) != DriverQueue.NONE) {
            done[slotOfHead[DriverQueue.usedId(used)]] = true;
        }
    }

    private void awaitSlot(int slot) {
        reap();
        if (done[slot]) {
            return;
        }
        // Spin first: a request to the page cache completes in a few microseconds, less than
        // a switch to another thread costs. Then poll, letting this core's other threads run
        // (and submit) in between.
        long now = KernelCalls.uptimeNanos();
        long spinUntil = now + SPIN_NANOS;
        long pollUntil = now + POLL_NANOS;
        while ((now = KernelCalls.uptimeNanos()) < pollUntil) {
            if (now >= spinUntil) {
                Thread.yield();
            } else {
                KernelCalls.cpuRelax();
            }
            reap();
            if (done[slot]) {
                return;
            }
        }
        while (!done[slot]) {
            CoreIdle.await(waitSet);
            reap();
        }
    }

    /** Frees the slot and copies data out for a read; returns what went wrong, or null. */
    private String finish(int slot) {
        int result = PhysicalMemory.INSTANCE.read8(status[slot]);
        int type = types[slot];
        int length = lengths[slot];
        if (result == BlkStatus.OK && type != BlkRequestType.OUT && targets[slot] != null) {
            PhysicalMemory.INSTANCE.copyToArray(data[slot], targets[slot], offsets[slot], length);
        }
        busy[slot] = false;
        owner[slot] = null;
        targets[slot] = null;
        if (result == BlkStatus.OK) {
            return null;
        }
        String what = type == BlkRequestType.IN ? "read" : type == BlkRequestType.OUT ? "write"
                : type == BlkRequestType.FLUSH ? "flush" : "get-id";
        return what + (length > 0 && type != BlkRequestType.GET_ID ? " at sector " + sectors[slot] : "") + " failed: "
                + (result == BlkStatus.IOERR ? "I/O error" : result == BlkStatus.UNSUPP ? "not supported"
                : "status " + result);
    }

    /**
     * Whether a parked thread may have something to finish: completions are taken off the ring
     * here, since a thread that reaped another's completion does not wake it. A completed slot
     * not yet finished belongs to a thread that is parked or about to look.
     */
    @Override
    public boolean ready() {
        reap();
        for (int i = 0; i < SLOTS; i++) {
            if (busy[i] && done[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void idle(boolean idle) {
        if (idle) {
            queue.enableInterrupts();
        } else {
            queue.disableInterrupts();
        }
    }
}
