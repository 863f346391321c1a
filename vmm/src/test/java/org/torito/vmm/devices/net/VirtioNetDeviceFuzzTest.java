package org.torito.vmm.devices.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.torito.packet.InternetChecksum;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.GuestMemoryException;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.mmio.MmioRegister;
import org.torito.virtio.mmio.VirtioMmioListener;
import org.torito.virtio.mmio.VirtioMmioRegisters;
import org.torito.virtio.net.NetHeader;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.DeviceQueue;
import org.torito.virtio.queue.InvalidChainException;
import org.torito.vmm.devices.virtio.QueueFiller;
import org.torito.vmm.net.NetworkBackend;

/**
 * A hostile guest against the monitor's {@link VirtioNetDevice}: fuzzed virtio-mmio register
 * traffic, then fuzzed descriptor tables and rings for the receive and transmit queue of one
 * pair in guest RAM, served the way {@code VirtioMmioTransport} serves them (its serve and fill
 * steps, single-threaded here: the transport itself needs /dev/kvm eventfds and threads).
 *
 * <p>Invariants: nothing but InvalidChainException or GuestMemoryException comes out of the
 * queue, and either one marks the device DEVICE_NEEDS_RESET and stops that queue; the device
 * never throws; while the device copies a frame it touches only guest RAM (a
 * {@link GuardedMemory} fails the test otherwise); a transmitted frame reaches the backend
 * exactly as the chain's readable bytes after the 12-byte header (with its checksum completed
 * where a NEEDS_CSUM header says), or is dropped when it or that checksum does not fit; a received frame lands in the buffer's writable bytes behind the header, with that
 * used length, or the buffer comes back empty; pops and memory accesses stay bounded.
 *
 * <p>Regression inputs: resources .../VirtioNetDeviceFuzzTestInputs;
 * {@code scripts/fuzz virtio-net N} fuzzes it.
 */
class VirtioNetDeviceFuzzTest {
    private static final long BASE = 0x10000;
    private static final int RAM = 0x8000;
    private static final long[] DESC = {BASE, BASE + 0x1000};
    private static final long[] AVAIL = {BASE + 0x400, BASE + 0x1400};
    private static final long[] USED = {BASE + 0x800, BASE + 0x1800};
    private static final long INDIRECT = BASE + 0x2000;
    private static final int INDIRECT_ENTRIES = 32;
    private static final long DATA = BASE + 0x3000;
    private static final int DATA_BYTES = 0x5000;
    private static final int RX = 0;
    private static final int TX = 1;
    private static final int MTU = 1500;
    private static final int MAX_FRAME = NetHeader.SIZE + 14 + MTU;

    private static final MemorySegment SEGMENT = Arena.global().allocate(RAM, 4096);
    private static final SegmentVirtioMemory RAW = new SegmentVirtioMemory(SEGMENT, BASE);

    private final GuardedMemory memory = new GuardedMemory(RAW);
    private final boolean[] broken = new boolean[2];
    private final DescriptorChain chain = new DescriptorChain(VirtioNetDevice.QUEUE_SIZE);
    private final byte[] frame = new byte[2100];
    private final byte[] expected = new byte[MAX_FRAME + 8192];
    private VirtioMmioRegisters registers;
    private VirtioNetDevice device;
    private byte[] lastToBackend;
    /** The length of the frame being delivered to the receive queue. */
    private int pendingLength;
    private int backendBusy;
    private boolean backendTakesPartial;
    private boolean lastPartial;

    private final NetworkBackend backend = new NetworkBackend() {
        @Override
        public void start() {
        }

        @Override
        public boolean acceptsPartialChecksums() {
            return backendTakesPartial;
        }

        @Override
        public boolean fromGuest(int queue, byte[] f, int offset, int length) {
            return fromGuest(queue, f, offset, length, false);
        }

        @Override
        public boolean fromGuest(int queue, byte[] f, int offset, int length, boolean checksumPartial) {
            assertTrue(!checksumPartial || backendTakesPartial, "a partial checksum for a backend that wants whole frames");
            lastPartial = checksumPartial;
            assertEquals(0, queue, () -> "frame from pair " + queue);
            assertTrue(offset >= 0 && length >= 0 && offset + length <= f.length, "frame outside the array");
            if (backendBusy > 0) {
                backendBusy--;
                return false; // the device waits and retries
            }
            assertTrue(lastToBackend == null, "two frames from one chain");
            lastToBackend = Arrays.copyOfRange(f, offset, offset + length);
            return true;
        }

        @Override
        public void guestReceiveReady(int queue) {
        }

        @Override
        public void close() {
        }
    };

    private final VirtioMmioListener listener = new VirtioMmioListener() {
        @Override
        public void queueReady(int queue) {
        }

        @Override
        public void queueNotify(int queue) {
        }

        @Override
        public void driverOk() {
        }

        @Override
        public void reset() {
            Arrays.fill(broken, false);
        }

        @Override
        public void queueReset(int queue) {
            broken[queue] = false;
        }

        @Override
        public void needsReset(String why) {
        }
    };

    @FuzzTest(maxDuration = "10m")
    void deviceSurvivesAnyGuest(FuzzedDataProvider data) {
        SEGMENT.fill((byte) 0);
        memory.accesses = 0;
        memory.strict = false;
        Arrays.fill(broken, false);
        backendBusy = 0;
        device = new VirtioNetDevice(1, 0x525400123456L, MTU, memory);
        device.connect(backend);
        registers = new VirtioMmioRegisters(device, memory, listener);
        device.attach(this::fill);

        // The driver's init sequence with fuzzed features and queue placement, then arbitrary
        // register traffic (queue resets, selectors, status writes).
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        long accepted = data.consumeBoolean() ? device.features() & data.consumeLong() | VirtioFeature.bit(VirtioFeature.VERSION_1)
                : data.consumeLong();
        write(MmioRegister.DRIVER_FEATURES, (int) accepted);
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, (int) (accepted >>> 32));
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        int[] size = new int[2];
        for (int q = 0; q < 2; q++) {
            write(MmioRegister.QUEUE_SEL, q);
            size[q] = 1 << data.consumeInt(0, 4);
            write(MmioRegister.QUEUE_NUM, data.consumeInt(0, 15) == 0 ? data.consumeInt() : size[q]);
            setAddress(MmioRegister.QUEUE_DESC_LOW, usuallyAt(data, DESC[q]));
            setAddress(MmioRegister.QUEUE_DRIVER_LOW, usuallyAt(data, AVAIL[q]));
            setAddress(MmioRegister.QUEUE_DEVICE_LOW, usuallyAt(data, USED[q]));
            write(MmioRegister.QUEUE_READY, 1);
        }
        int accesses = data.consumeInt(0, 8);
        for (int i = 0; i < accesses; i++) {
            int offset = data.consumeInt(0, MmioRegister.WINDOW_SIZE + 8);
            int width = 1 << data.consumeInt(0, 3);
            if (data.consumeBoolean()) {
                registers.write(offset, width, data.consumeInt());
            } else {
                registers.read(offset, width);
            }
        }
        write(MmioRegister.STATUS, registers.status().status() | DeviceStatus.DRIVER_OK);

        // The driver's rings: receive buffers and transmit chains, usually plausible.
        for (int q = 0; q < 2; q++) {
            int n = Math.max(1, Math.min(registers.queue(q).size(), VirtioNetDevice.QUEUE_SIZE));
            memory.write16(AVAIL[q], data.consumeInt(0, 1));
            memory.write16(AVAIL[q] + 2, data.consumeInt(0, 7) == 0 ? data.consumeInt(0, 0xffff) : data.consumeInt(0, size[q]));
            for (int i = 0; i < 16; i++) {
                memory.write16(AVAIL[q] + 4 + 2L * i, data.consumeInt(0, 7) == 0 ? data.consumeInt(0, 0xffff)
                        : data.consumeInt(0, size[q] - 1));
            }
            memory.write16(AVAIL[q] + 4 + 2L * size[q], data.consumeInt(0, 0xffff)); // used_event
            for (int i = 0; i < 16; i++) {
                descriptor(data, DESC[q], i, size[q], q == RX);
            }
        }
        int indirectEntries = data.consumeInt(0, INDIRECT_ENTRIES);
        for (int i = 0; i < indirectEntries; i++) {
            descriptor(data, INDIRECT, i, INDIRECT_ENTRIES, data.consumeBoolean());
        }
        backendBusy = data.consumeInt(0, 1);
        backendTakesPartial = data.consumeBoolean();
        int deliveries = data.consumeInt(0, 4);
        int[] pairs = new int[deliveries];
        int[] lengths = new int[deliveries];
        boolean[] partial = new boolean[deliveries];
        for (int i = 0; i < deliveries; i++) {
            partial[i] = data.consumeBoolean();
            pairs[i] = data.consumeInt(0, 7) == 0 ? data.consumeInt(-1, 1) : 0;
            lengths[i] = LENGTHS_RX[data.consumeInt(0, LENGTHS_RX.length - 1)];
            if (lengths[i] < 0) {
                lengths[i] = data.consumeInt(0, 2000);
            }
        }
        byte[] bytes = data.consumeRemainingAsBytes();
        MemorySegment.copy(bytes, 0, SEGMENT, ValueLayout.JAVA_BYTE, DATA - BASE, Math.min(bytes.length, DATA_BYTES));
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (i * 7 + 1);
        }

        long before = memory.accesses;
        int served = serveTransmit();
        for (int i = 0; i < deliveries; i++) {
            pendingLength = lengths[i];
            boolean delivered = device.deliver(pairs[i], frame, 3, lengths[i], partial[i]);
            if (pairs[i] != 0) {
                assertTrue(!delivered, "delivered to a pair the device does not have");
            }
            served++;
        }
        long bound = (long) (served + 4) * (8L * (VirtioNetDevice.QUEUE_SIZE + INDIRECT_ENTRIES) + 64);
        long spent = memory.accesses - before;
        int chains = served;
        assertTrue(spent <= bound, () -> spent + " guest memory accesses for " + chains + " chains, bound " + bound);
    }

    /** The transport's serve step for the transmit queue; returns the chains popped. */
    private int serveTransmit() {
        DeviceQueue queue = registers.queue(TX);
        if (broken[TX] || !queue.isReady() || !registers.status().isDriverOk()) {
            return 0;
        }
        int served = 0;
        try {
            for (int round = 0; round < 2; round++) {
                queue.disableNotifications();
                DescriptorChain c;
                while ((c = queue.pop(chain)) != null) {
                    served++;
                    if (served > 2 * queue.size() + 2) {
                        fail("popped " + served + " chains from a queue of " + queue.size());
                    }
                    int readable = gather(c, false);
                    lastToBackend = null;
                    lastPartial = false;
                    long dropped = device.dropped();
                    memory.strict = true;
                    int used = device.handle(TX, c);
                    memory.strict = false;
                    assertEquals(0, used, "a transmit chain is only read");
                    if (readable > MAX_FRAME) {
                        assertTrue(lastToBackend == null && device.dropped() == dropped + 1, "oversized frame not dropped");
                    } else if (readable <= NetHeader.SIZE) {
                        assertTrue(lastToBackend == null, "a header-only chain reached the backend");
                    } else if ((expected[NetHeader.FLAGS] & NetHeader.F_NEEDS_CSUM) == 0) {
                        assertArrayEquals(Arrays.copyOfRange(expected, NetHeader.SIZE, readable), lastToBackend,
                                "the frame the backend got");
                        assertTrue(!lastPartial, "a whole frame passed as partial");
                    } else if (backendTakesPartial && lastPartial) {
                        // Passed on unchanged only when the header points at a TCP checksum.
                        int tcp = NetHeader.tcpChecksumStart(expected, NetHeader.SIZE, readable - NetHeader.SIZE);
                        assertTrue(tcp >= 0 && NetHeader.csumStart(expected, 0) == tcp
                                && NetHeader.csumOffset(expected, 0) == NetHeader.TCP_CHECKSUM_OFFSET,
                                "a partial checksum that is not TCP's passed on");
                        assertArrayEquals(Arrays.copyOfRange(expected, NetHeader.SIZE, readable), lastToBackend,
                                "the frame the backend got");
                    } else {
                        // A partial checksum for a backend that wants whole frames: the device
                        // completes it where the header says, or drops a frame it does not fit.
                        int start = NetHeader.SIZE + NetHeader.csumStart(expected, 0);
                        int offset = NetHeader.csumOffset(expected, 0);
                        if (start + offset + 2 > readable) {
                            assertTrue(lastToBackend == null && device.dropped() == dropped + 1,
                                    "a checksum outside the frame was not dropped");
                        } else {
                            byte[] whole = Arrays.copyOf(expected, readable);
                            InternetChecksum.complete(whole, start, offset, readable);
                            assertArrayEquals(Arrays.copyOfRange(whole, NetHeader.SIZE, readable), lastToBackend,
                                    "the frame the backend got, its checksum completed");
                        }
                    }
                    queue.addUsed(c.head(), used);
                }
                queue.needsNotification();
                if (!queue.enableNotifications()) {
                    break;
                }
            }
        } catch (InvalidChainException | GuestMemoryException e) {
            memory.strict = false;
            broke(TX, e);
        }
        return served;
    }

    /** The transport's fill step for a receive queue, under which the device writes one buffer. */
    private boolean fill(int queue, QueueFiller.Writer writer) {
        assertEquals(RX, queue, () -> "the device filled queue " + queue);
        DeviceQueue q = registers.queue(queue);
        if (broken[queue] || !q.isReady() || !registers.status().isDriverOk()) {
            return false;
        }
        try {
            DescriptorChain c = q.pop(chain);
            if (c == null) {
                if (!q.enableNotifications() || (c = q.pop(chain)) == null) {
                    return false;
                }
            }
            q.disableNotifications();
            memory.writes.clear();
            memory.written.reset();
            memory.strict = true;
            int written = writer.write(c);
            memory.strict = false;
            checkReceived(c, written);
            q.addUsed(c.head(), written);
            q.needsNotification();
            return true;
        } catch (InvalidChainException | GuestMemoryException e) {
            memory.strict = false;
            broke(queue, e);
            return false;
        }
    }

    /**
     * The device wrote header and frame, in order, into the buffer's writable segments from
     * their start, with that used length; or wrote nothing when the buffer is too small.
     * Checked on the recorded writes, not by reading memory back: a guest's writable segments
     * may overlap each other, and then memory holds only the last write.
     */
    private void checkReceived(DescriptorChain c, int written) {
        if (written == 0) {
            assertTrue(c.writableBytes() < NetHeader.SIZE + (long) pendingLength, "a frame that fits was dropped");
            assertTrue(memory.writes.isEmpty(), "wrote into a buffer it returned empty");
            return;
        }
        assertEquals(NetHeader.SIZE + pendingLength, written, "used length");
        byte[] stream = memory.written.toByteArray();
        assertEquals(written, stream.length, "bytes copied into the buffer");
        byte[] header = new byte[NetHeader.SIZE];
        NetHeader.writeReceived(header, 0, 1);
        assertArrayEquals(header, Arrays.copyOf(stream, NetHeader.SIZE), "the received header");
        // The harness delivers frame[3..3 + length].
        assertArrayEquals(Arrays.copyOfRange(frame, 3, 3 + pendingLength),
                Arrays.copyOfRange(stream, NetHeader.SIZE, written), "the received frame");
        // Each write goes where the stream position lies in the writable segments, in order.
        long position = 0;
        for (long[] w : memory.writes) {
            long skip = position;
            int s = 0;
            for (; s < c.segmentCount(); s++) {
                if (!c.isWritable(s)) {
                    continue;
                }
                if (skip < c.length(s)) {
                    break;
                }
                skip -= c.length(s);
            }
            assertTrue(s < c.segmentCount(), "a write past the buffer");
            assertEquals(c.address(s) + skip, w[0], "a write not at its place in the buffer");
            assertTrue(skip + w[1] <= c.length(s), "a write across a segment's end");
            position += w[1];
        }
    }

    /** Copies the chain's readable (or writable) bytes into {@link #expected}; returns their count. */
    private int gather(DescriptorChain c, boolean writable) {
        int n = 0;
        for (int s = 0; s < c.segmentCount(); s++) {
            assertTrue(RAW.contains(c.address(s), c.length(s)), "a popped segment outside RAM");
            if (c.isWritable(s) != writable) {
                continue;
            }
            int take = Math.min(c.length(s), expected.length - n);
            RAW.copyToArray(c.address(s), expected, n, take);
            n += c.length(s);
            if (n >= expected.length) {
                return n;
            }
        }
        return n;
    }

    private void broke(int queue, Exception e) {
        broken[queue] = true;
        registers.setNeedsReset("queue " + queue + ": " + e.getMessage());
        assertTrue(registers.status().needsReset(), "a bad chain did not mark the device DEVICE_NEEDS_RESET");
        assertTrue((registers.read(MmioRegister.STATUS, 4) & DeviceStatus.DEVICE_NEEDS_RESET) != 0,
                "the driver cannot see DEVICE_NEEDS_RESET");
    }

    /** {@code usual}, or now and then any address at all. */
    private static long usuallyAt(FuzzedDataProvider data, long usual) {
        return data.consumeInt(0, 15) == 0 ? data.consumeLong() : usual;
    }

    /** Lengths net chains are made of: header, frames, receive buffers; -1: any. */
    private static final long[] LENGTHS = {12, 14, 60, 1514, 1526, 1527, 2048, 0, 1, -1, -1};
    private static final int[] LENGTHS_RX = {0, 1, 14, 60, 1514, 1515, -1};

    /** A descriptor that is usually plausible (writable for receive buffers), sometimes anything. */
    private void descriptor(FuzzedDataProvider data, long table, int index, int entries, boolean receive) {
        long address;
        long length;
        int kind = data.consumeInt(0, 15);
        if (kind == 0) {
            address = data.consumeLong();
            length = data.consumeInt();
        } else if (kind == 1) {
            address = INDIRECT;
            length = 16L * data.consumeInt(0, INDIRECT_ENTRIES + 1);
        } else {
            address = DATA + data.consumeInt(0, DATA_BYTES);
            length = LENGTHS[data.consumeInt(0, LENGTHS.length - 1)];
            if (length < 0) {
                length = data.consumeInt(0, 0x800);
            }
        }
        int flags = data.consumeInt(0, 7);
        if (kind > 1 && data.consumeInt(0, 3) != 0) {
            // Plausible: buffers writable on receive, readable on transmit; no stray INDIRECT.
            flags = (flags & 1) | (receive ? 2 : 0);
        }
        long at = table + 16L * index;
        memory.write64(at, address);
        memory.write32(at + 8, (int) length);
        memory.write16(at + 12, flags);
        memory.write16(at + 14, data.consumeInt(0, 15) == 0 ? data.consumeInt(0, 0xffff) : data.consumeInt(0, entries));
    }

    private void setAddress(int low, long address) {
        write(low, (int) address);
        write(low + 4, (int) (address >>> 32));
    }

    private void write(int offset, int value) {
        registers.write(offset, 4, value);
    }
}
