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

    private static final long BASE = 0x10000;
    private static final int RAM = 0x1000; // about what libFuzzer inputs grow to, so rings and buffers are fuzzed, not zero
    private static final int MAX_QUEUE = 64;
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
        write(registers, MmioRegister.QUEUE_NUM, 1 << data.consumeInt(0, 7));
        setAddress(registers, MmioRegister.QUEUE_DESC_LOW, guestAddress(data));
        setAddress(registers, MmioRegister.QUEUE_DRIVER_LOW, guestAddress(data));
        setAddress(registers, MmioRegister.QUEUE_DEVICE_LOW, guestAddress(data));
        write(registers, MmioRegister.QUEUE_READY, 1);
        int accesses = data.consumeInt(0, 16);
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

        byte[] ram = data.consumeRemainingAsBytes();
        MemorySegment.copy(ram, 0, SEGMENT, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, Math.min(ram.length, RAM));

        long before = MEMORY.accesses;
        DeviceQueue queue = registers.queue(0);
        if (!queue.isReady()) {
            return;
        }
        int served = serve(queue);
        // Each chain costs at most: avail ring reads, (size + 1) descriptors of 4 reads, one indirect
        // table switch, a bounded blk parse and the used-ring writes.
        long bound = (long) (served + 2) * (8L * queue.size() + 64);
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
                    assertTrue(chain.segmentCount() <= queue.size());
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
            assertTrue(REQUEST.sector() >= 0);
        }
        assertTrue(MEMORY.contains(REQUEST.statusAddress(), 1));
        MEMORY.write8(REQUEST.statusAddress(), REQUEST.status());
        queue.addUsed(chain.head(), (int) Math.min(written + 1, Integer.MAX_VALUE));
    }

    /** Mostly inside guest RAM and aligned, sometimes anywhere. */
    private static long guestAddress(FuzzedDataProvider data) {
        if (data.consumeInt(0, 7) == 0) {
            return data.consumeLong();
        }
        return BASE + 16L * data.consumeInt(0, RAM / 16);
    }

    private static void setAddress(VirtioMmioRegisters registers, int low, long address) {
        write(registers, low, (int) address);
        write(registers, low + 4, (int) (address >>> 32));
    }

    private static void write(VirtioMmioRegisters registers, int offset, int value) {
        registers.write(offset, 4, value);
    }
}
