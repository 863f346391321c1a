package org.torito.virtio.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.torito.virtio.DeviceId;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.blk.BlkConfig;
import org.torito.virtio.blk.BlkRequest;
import org.torito.virtio.blk.BlkRequestType;
import org.torito.virtio.blk.BlkStatus;
import org.torito.virtio.mmio.MmioRegister;
import org.torito.virtio.mmio.VirtioMmioDevice;
import org.torito.virtio.mmio.VirtioMmioListener;
import org.torito.virtio.mmio.VirtioMmioRegisters;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.DeviceQueue;
import org.torito.virtio.queue.InvalidChainException;

/**
 * A hostile guest against the device side: fuzzed virtio-mmio register accesses, then fuzzed
 * ring and descriptor contents served the way a virtio-blk device would. The only acceptable
 * outcome of bad input is {@link InvalidChainException} or an error status; any other
 * throwable is a finding. Work is bounded by a count of guest memory accesses.
 *
 * <p>Runs its regression inputs (resources .../VirtioDeviceFuzzTestInputs) with the normal
 * tests; {@code scripts/fuzz VirtioDeviceFuzzTest} fuzzes it.
 */
class VirtioDeviceFuzzTest {

    // Guest RAM: fuzzed rings at fixed places (so most inputs reach the chain walker), an
    // indirect table area and a data area holding the fuzzer's raw bytes (headers, ranges).
    private static final long BASE = 0x10000;
    private static final int RAM = 0x2000;
    private static final long DESC = BASE;
    private static final long AVAIL = BASE + 0x100;
    private static final long USED = BASE + 0x200;
    private static final long INDIRECT = BASE + 0x400;
    private static final int INDIRECT_ENTRIES = 32;
    private static final long DATA = BASE + 0x1000;
    private static final int DATA_BYTES = 0x1000;
    private static final int MAX_QUEUE = 16;
    private static final long FEATURES = VirtioFeature.bit(VirtioFeature.VERSION_1)
            | VirtioFeature.bit(VirtioFeature.EVENT_IDX) | VirtioFeature.bit(VirtioFeature.INDIRECT_DESC);

    private static final MemorySegment SEGMENT = Arena.global().allocate(RAM, 4096);
    private static final CountingMemory MEMORY = new CountingMemory(new SegmentVirtioMemory(SEGMENT, BASE));
    private static final BlkConfig CONFIG = new BlkConfig().capacity(64).segMax(MAX_QUEUE - 2).numQueues(2);
    private static final BlkRequest REQUEST = new BlkRequest(MAX_QUEUE, 4);

    private static final VirtioMmioDevice BLK = new VirtioMmioDevice() {
        public int deviceId() {
            return DeviceId.BLOCK;
        }

        public int vendorId() {
            return 0;
        }

        public long features() {
            return FEATURES;
        }

        public int queueCount() {
            return 2;
        }

        public int maxQueueSize(int queue) {
            return MAX_QUEUE;
        }

        public int configSize() {
            return BlkConfig.SIZE;
        }

        public int readConfig(int offset, int width) {
            return CONFIG.read(offset, width);
        }

        public void writeConfig(int offset, int width, int value) {
        }
    };

    private static final VirtioMmioListener IGNORE = new VirtioMmioListener() {
        public void queueReady(int queue) {
        }

        public void queueNotify(int queue) {
        }

        public void driverOk() {
        }

        public void reset() {
        }

        public void needsReset(String why) {
        }
    };

    @FuzzTest(maxDuration = "10m")
    void deviceSurvivesAnyGuest(FuzzedDataProvider data) {
        SEGMENT.fill((byte) 0);
        MEMORY.accesses = 0;
        VirtioMmioRegisters registers = new VirtioMmioRegisters(BLK, MEMORY, IGNORE);
        REQUEST.setDisk(64, data.consumeBoolean());

        // The driver's half of the init sequence, with fuzzed features and queue placement,
        // so the rings are often usable; then arbitrary register traffic.
        write(registers, MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        long accepted = data.consumeBoolean() ? FEATURES & data.consumeLong() | VirtioFeature.bit(VirtioFeature.VERSION_1)
                : data.consumeLong();
        write(registers, MmioRegister.DRIVER_FEATURES, (int) accepted);
        write(registers, MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(registers, MmioRegister.DRIVER_FEATURES, (int) (accepted >>> 32));
        write(registers, MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        write(registers, MmioRegister.QUEUE_SEL, 0);
        int size = 1 << data.consumeInt(0, 4);
        write(registers, MmioRegister.QUEUE_NUM, data.consumeInt(0, 15) == 0 ? data.consumeInt() : size);
        setAddress(registers, MmioRegister.QUEUE_DESC_LOW, usuallyAt(data, DESC));
        setAddress(registers, MmioRegister.QUEUE_DRIVER_LOW, usuallyAt(data, AVAIL));
        setAddress(registers, MmioRegister.QUEUE_DEVICE_LOW, usuallyAt(data, USED));
        write(registers, MmioRegister.QUEUE_READY, 1);
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
        write(registers, MmioRegister.STATUS, registers.status().status() | DeviceStatus.DRIVER_OK);

        // The driver's rings: avail.idx mostly within the queue size, heads mostly in range,
        // descriptors mostly pointing at the data area or the indirect table.
        MEMORY.write16(AVAIL, data.consumeInt(0, 1));
        MEMORY.write16(AVAIL + 2, data.consumeInt(0, 7) == 0 ? data.consumeInt(0, 0xffff) : data.consumeInt(0, size));
        for (int i = 0; i < MAX_QUEUE; i++) {
            MEMORY.write16(AVAIL + 4 + 2L * i, data.consumeInt(0, 7) == 0 ? data.consumeInt(0, 0xffff) : data.consumeInt(0, size - 1));
        }
        MEMORY.write16(AVAIL + 4 + 2L * size, data.consumeInt(0, 0xffff)); // used_event
        for (int i = 0; i < MAX_QUEUE; i++) {
            descriptor(data, DESC, i, size);
        }
        int indirectEntries = data.consumeInt(0, INDIRECT_ENTRIES);
        for (int i = 0; i < indirectEntries; i++) {
            descriptor(data, INDIRECT, i, INDIRECT_ENTRIES);
        }
        byte[] bytes = data.consumeRemainingAsBytes();
        MemorySegment.copy(bytes, 0, SEGMENT, java.lang.foreign.ValueLayout.JAVA_BYTE, DATA - BASE,
                Math.min(bytes.length, DATA_BYTES));

        long before = MEMORY.accesses;
        DeviceQueue queue = registers.queue(0);
        if (!queue.isReady()) {
            return;
        }
        int served = serve(queue);
        // Each chain costs at most: avail ring reads, up to QueueNumMax segments of 4 reads plus one
        // indirect descriptor, a bounded blk parse and the used-ring writes.
        long bound = (long) (served + 2) * (8L * MAX_QUEUE + 64);
        long spent = MEMORY.accesses - before;
        assertTrue(spent <= bound, spent + " guest memory accesses for " + served + " chains, bound " + bound);
    }

    /** Serves the queue like a blk device until it is empty or broken; returns the chains popped. */
    private static int serve(DeviceQueue queue) {
        int served = 0;
        // More pops than the queue size would mean the device is looping on guest data.
        for (int round = 0; round < 2; round++) {
            try {
                queue.disableNotifications();
                DescriptorChain chain;
                while ((chain = queue.pop()) != null) {
                    served++;
                    assertTrue(served <= queue.size() * 2 + 2, "popped " + served + " chains from a queue of " + queue.size());
                    assertTrue(chain.segmentCount() <= chain.capacity() && chain.capacity() == MAX_QUEUE);
                    for (int i = 0; i < chain.segmentCount(); i++) {
                        assertTrue(MEMORY.contains(chain.address(i), chain.length(i)));
                    }
                    answer(queue, chain);
                }
                queue.needsNotification();
                if (!queue.enableNotifications()) {
                    return served;
                }
            } catch (InvalidChainException e) {
                if (e.head() < 0) {
                    return served; // a broken ring: the device would set DEVICE_NEEDS_RESET
                }
                served++;
                queue.addUsed(e.head(), 0);
            }
        }
        return served;
    }

    private static void answer(DeviceQueue queue, DescriptorChain chain) {
        try {
            REQUEST.parse(MEMORY, chain);
        } catch (InvalidChainException e) {
            queue.addUsed(chain.head(), 0);
            return;
        }
        long written = 0;
        if (REQUEST.status() == BlkStatus.OK) {
            for (int i = 0; i < REQUEST.dataSegmentCount(); i++) {
                assertTrue(MEMORY.contains(REQUEST.dataAddress(i), REQUEST.dataLength(i)));
                written += REQUEST.dataLength(i);
            }
            for (int i = 0; i < REQUEST.rangeCount(); i++) {
                assertTrue(REQUEST.rangeSector(i) + (REQUEST.rangeSectorCount(i) & 0xffffffffL) <= 64);
            }
            if (REQUEST.type() == BlkRequestType.IN || REQUEST.type() == BlkRequestType.OUT) {
                // FLUSH, GET_ID and the range requests ignore the header's sector.
                assertTrue(REQUEST.sector() >= 0 && REQUEST.sector() + REQUEST.dataBytes() / 512 <= 64);
            }
        }
        assertTrue(MEMORY.contains(REQUEST.statusAddress(), 1));
        MEMORY.write8(REQUEST.statusAddress(), REQUEST.status());
        queue.addUsed(chain.head(), (int) Math.min(written + 1, Integer.MAX_VALUE));
    }

    /** {@code usual}, or now and then any address at all. */
    private static long usuallyAt(FuzzedDataProvider data, long usual) {
        return data.consumeInt(0, 15) == 0 ? data.consumeLong() : usual;
    }

    /** Lengths a blk request is made of (header, status, sectors, ranges, status sharing a buffer); -1: any. */
    private static final long[] LENGTHS = {16, 1, 512, 1024, 513, 17, 32, 20, -1, -1};

    /** A descriptor that is usually plausible, sometimes anything. */
    private static void descriptor(FuzzedDataProvider data, long table, int index, int entries) {
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
                length = data.consumeInt(0, 0x440);
            }
        }
        long at = table + 16L * index;
        MEMORY.write64(at, address);
        MEMORY.write32(at + 8, (int) length);
        MEMORY.write16(at + 12, data.consumeInt(0, 7));
        MEMORY.write16(at + 14, data.consumeInt(0, 15) == 0 ? data.consumeInt(0, 0xffff) : data.consumeInt(0, entries));
    }

    private static void setAddress(VirtioMmioRegisters registers, int low, long address) {
        write(registers, low, (int) address);
        write(registers, low + 4, (int) (address >>> 32));
    }

    private static void write(VirtioMmioRegisters registers, int offset, int value) {
        registers.write(offset, 4, value);
    }
}
