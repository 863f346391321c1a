package org.torito.virtio.mmio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torito.virtio.DeviceId;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.GuestRam;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.blk.BlkConfig;
import org.torito.virtio.blk.BlkFeature;
import org.torito.virtio.queue.QueueLayout;

class VirtioMmioRegistersTest {

    static final long BASE = 0x1_0000_0000L;
    static final long FEATURES = VirtioFeature.bit(VirtioFeature.VERSION_1) | VirtioFeature.bit(VirtioFeature.EVENT_IDX)
            | VirtioFeature.bit(BlkFeature.FLUSH);

    /** What the device offers; a test may add a feature before {@link #registers} is built. */
    long offered = FEATURES;
    final SegmentVirtioMemory memory = GuestRam.at(BASE, 0x10000);
    final List<String> events = new ArrayList<>();
    final BlkConfig config = new BlkConfig().capacity(0x1_2345_6789L).numQueues(2);

    final VirtioMmioDevice blk = new VirtioMmioDevice() {
        public int deviceId() {
            return DeviceId.BLOCK;
        }

        public int vendorId() {
            return 0x554d4551;
        }

        public long features() {
            return offered;
        }

        public int queueCount() {
            return 2;
        }

        public int maxQueueSize(int queue) {
            return 128;
        }

        public int configSize() {
            return BlkConfig.SIZE;
        }

        public int readConfig(int offset, int width) {
            return config.read(offset, width);
        }

        public void writeConfig(int offset, int width, int value) {
            events.add("config " + offset + " " + width + " " + value);
        }
    };

    final VirtioMmioRegisters registers = new VirtioMmioRegisters(blk, memory, new VirtioMmioListener() {
        public void queueReady(int queue) {
            events.add("ready " + queue);
        }

        public void queueNotify(int queue) {
            events.add("notify " + queue);
        }

        public void driverOk() {
            events.add("driver ok");
        }

        public void reset() {
            events.add("reset");
        }

        public void needsReset(String why) {
            events.add("needs reset: " + why);
        }
    });

    int read(int offset) {
        return (target == null ? registers : target).read(offset, 4);
    }

    void write(int offset, int value) {
        (target == null ? registers : target).write(offset, 4, value);
    }

    void handshake(long accepted) {
        write(MmioRegister.STATUS, 0);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, (int) (accepted >>> 32));
        write(MmioRegister.DRIVER_FEATURES_SEL, 0);
        write(MmioRegister.DRIVER_FEATURES, (int) accepted);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
    }

    void setUpQueue(int index, int size, long at) {
        QueueLayout layout = QueueLayout.contiguous(at, size);
        write(MmioRegister.QUEUE_SEL, index);
        write(MmioRegister.QUEUE_NUM, size);
        write(MmioRegister.QUEUE_DESC_LOW, (int) layout.descTable());
        write(MmioRegister.QUEUE_DESC_HIGH, (int) (layout.descTable() >>> 32));
        write(MmioRegister.QUEUE_DRIVER_LOW, (int) layout.availRing());
        write(MmioRegister.QUEUE_DRIVER_HIGH, (int) (layout.availRing() >>> 32));
        write(MmioRegister.QUEUE_DEVICE_LOW, (int) layout.usedRing());
        write(MmioRegister.QUEUE_DEVICE_HIGH, (int) (layout.usedRing() >>> 32));
        write(MmioRegister.QUEUE_READY, 1);
    }

    @Test
    void theLinuxDriverInitSequenceBringsTheDeviceUp() {
        assertEquals(0x74726976, read(MmioRegister.MAGIC_VALUE));
        assertEquals(2, read(MmioRegister.VERSION));
        assertEquals(DeviceId.BLOCK, read(MmioRegister.DEVICE_ID));
        assertEquals(0x554d4551, read(MmioRegister.VENDOR_ID));
        write(MmioRegister.DEVICE_FEATURES_SEL, 1);
        long offered = (long) read(MmioRegister.DEVICE_FEATURES) << 32;
        write(MmioRegister.DEVICE_FEATURES_SEL, 0);
        offered |= read(MmioRegister.DEVICE_FEATURES) & 0xffffffffL;
        assertEquals(FEATURES, offered);

        handshake(offered);
        int status = read(MmioRegister.STATUS);
        assertEquals(DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK, status);

        for (int q = 0; q < 2; q++) {
            write(MmioRegister.QUEUE_SEL, q);
            assertEquals(0, read(MmioRegister.QUEUE_READY));
            assertEquals(128, read(MmioRegister.QUEUE_NUM_MAX));
            setUpQueue(q, 64, BASE + 0x1000 + 0x2000L * q);
            assertEquals(1, read(MmioRegister.QUEUE_READY));
        }
        assertTrue(registers.queue(0).eventIdx(), "negotiated EVENT_IDX reaches the queues");
        write(MmioRegister.QUEUE_SEL, 2);
        assertEquals(0, read(MmioRegister.QUEUE_NUM_MAX), "no third queue");

        assertEquals(0x6789, registers.read(MmioRegister.CONFIG, 2));
        assertEquals(0x23456789, registers.read(MmioRegister.CONFIG, 4));
        assertEquals(1, registers.read(MmioRegister.CONFIG + 4, 4));
        assertEquals(2, registers.read(MmioRegister.CONFIG + BlkConfig.NUM_QUEUES, 2));
        write(MmioRegister.STATUS, status | DeviceStatus.DRIVER_OK);
        write(MmioRegister.QUEUE_NOTIFY, 1);
        assertEquals(List.of("reset", "ready 0", "ready 1", "driver ok", "notify 1"), events);
        assertEquals(FEATURES, registers.negotiatedFeatures());

        registers.raiseInterrupt(MmioRegister.INTERRUPT_USED_BUFFER);
        assertEquals(1, read(MmioRegister.INTERRUPT_STATUS));
        write(MmioRegister.INTERRUPT_ACK, 1);
        assertEquals(0, read(MmioRegister.INTERRUPT_STATUS));

        write(MmioRegister.STATUS, 0);
        assertEquals(0, read(MmioRegister.STATUS));
        assertFalse(registers.queue(0).isReady());
        assertEquals(128, registers.queue(1).size());
        assertEquals("reset", events.get(events.size() - 1));
    }

    @Test
    void featuresOkStaysClearForFeaturesNotOffered() {
        handshake(FEATURES | VirtioFeature.bit(VirtioFeature.RING_PACKED));
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.FEATURES_OK);
        write(MmioRegister.STATUS, read(MmioRegister.STATUS) | DeviceStatus.DRIVER_OK);
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.DRIVER_OK, "no DRIVER_OK without FEATURES_OK");
        assertFalse(events.contains("driver ok"));
    }

    @Test
    void featuresOkStaysClearWithoutVersion1() {
        handshake(VirtioFeature.bit(VirtioFeature.EVENT_IDX));
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.FEATURES_OK);
    }

    @Test
    void featuresAreFixedOnceAccepted() {
        handshake(VirtioFeature.bit(VirtioFeature.VERSION_1));
        write(MmioRegister.DRIVER_FEATURES_SEL, 0);
        write(MmioRegister.DRIVER_FEATURES, -1);
        assertEquals(VirtioFeature.bit(VirtioFeature.VERSION_1), registers.negotiatedFeatures());
    }

    @Test
    void theDriverCanNeitherClearStatusBitsNorSetNeedsReset() {
        handshake(FEATURES);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE);
        assertEquals(DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK, read(MmioRegister.STATUS));
        write(MmioRegister.STATUS, read(MmioRegister.STATUS) | DeviceStatus.DEVICE_NEEDS_RESET);
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET);
    }

    @Test
    void aQueueSizeThatIsNotAPowerOfTwoOrTooLargeSetsNeedsReset() {
        handshake(FEATURES);
        write(MmioRegister.QUEUE_SEL, 0);
        write(MmioRegister.QUEUE_NUM, 100);
        assertTrue((read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) != 0);
        assertEquals(MmioRegister.INTERRUPT_CONFIG_CHANGE, read(MmioRegister.INTERRUPT_STATUS));
        assertTrue(events.get(events.size() - 1).contains("QueueNum 100"), events.toString());
        handshake(FEATURES);
        write(MmioRegister.QUEUE_NUM, 256);
        assertTrue((read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) != 0);
        handshake(FEATURES);
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET, "reset clears it");
    }

    @Test
    void aQueueOutsideGuestMemoryDoesNotBecomeReady() {
        handshake(FEATURES);
        setUpQueue(0, 64, BASE + 0x10000 - 0x400);
        assertEquals(0, read(MmioRegister.QUEUE_READY));
        assertTrue((read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) != 0);
        assertFalse(events.contains("ready 0"));
    }

    @Test
    void queueConfigurationIsIgnoredWhileReadyAndAfterDriverOk() {
        handshake(FEATURES);
        setUpQueue(0, 64, BASE + 0x1000);
        write(MmioRegister.QUEUE_NUM, 32);
        write(MmioRegister.QUEUE_DESC_LOW, 0x5000);
        assertEquals(64, registers.queue(0).size());
        assertEquals(BASE + 0x1000, registers.queue(0).descTable());
        write(MmioRegister.STATUS, read(MmioRegister.STATUS) | DeviceStatus.DRIVER_OK);
        write(MmioRegister.QUEUE_SEL, 1);
        write(MmioRegister.QUEUE_NUM, 32);
        write(MmioRegister.QUEUE_READY, 1);
        assertEquals(128, registers.queue(1).size());
        assertFalse(registers.queue(1).isReady());
        write(MmioRegister.QUEUE_NOTIFY, 1);
        write(MmioRegister.QUEUE_NOTIFY, 7);
        assertEquals(List.of("reset", "ready 0", "driver ok"), events, "notifies for unready or missing queues are dropped");
    }

    @Test
    void withRingResetAQueueIsEnabledAfterDriverOkAndResetAlone() {
        long ringReset = VirtioFeature.bit(VirtioFeature.RING_RESET);
        offered = FEATURES | ringReset;
        VirtioMmioRegisters late = new VirtioMmioRegisters(blk, memory, new VirtioMmioListener() {
            public void queueReady(int queue) {
                events.add("ready " + queue);
            }

            public void queueNotify(int queue) {
                events.add("notify " + queue);
            }

            public void driverOk() {
                events.add("driver ok");
            }

            public void reset() {
                events.add("reset");
            }

            public void queueReset(int queue) {
                events.add("queue reset " + queue);
            }

            public void needsReset(String why) {
                events.add("needs reset: " + why);
            }
        });
        target = late;
        handshake(FEATURES | ringReset);
        write(MmioRegister.STATUS, read(MmioRegister.STATUS) | DeviceStatus.DRIVER_OK);
        // Each core sets up its own queue once the device runs (the Torito guest's way).
        setUpQueue(1, 32, BASE + 0x3000);
        assertTrue(late.queue(1).isReady());
        assertEquals(32, late.queue(1).size());
        assertFalse(late.queue(0).isReady());
        setUpQueue(0, 64, BASE + 0x1000);
        assertTrue(late.queue(0).isReady());
        write(MmioRegister.QUEUE_SEL, 1);
        write(MmioRegister.QUEUE_RESET, 1);
        assertFalse(late.queue(1).isReady(), "reset alone");
        assertTrue(late.queue(0).isReady(), "the other queue runs on");
        assertEquals(0, read(MmioRegister.QUEUE_RESET), "the reset is done at once");
        setUpQueue(1, 16, BASE + 0x5000);
        assertEquals(16, late.queue(1).size(), "re-enabled with a new size");
        assertEquals(List.of("reset", "driver ok", "ready 1", "ready 0", "queue reset 1", "ready 1"), events);
    }

    /** The register file under test when not {@link #registers}. */
    private VirtioMmioRegisters target;

    @Test
    void badWidthsAndOffsetsReadZeroAndAreIgnored() {
        assertEquals(0, registers.read(MmioRegister.MAGIC_VALUE, 2));
        assertEquals(0, registers.read(MmioRegister.MAGIC_VALUE + 1, 4));
        assertEquals(0, registers.read(0x0f0, 4));
        assertEquals(0, registers.read(-4, 4));
        assertEquals(0, registers.read(MmioRegister.CONFIG + 1, 2), "misaligned config read");
        assertEquals(0, registers.read(MmioRegister.CONFIG, 8));
        assertEquals(0, registers.read(MmioRegister.CONFIG + BlkConfig.SIZE, 1), "past the config space");
        assertEquals(0, registers.read(Integer.MAX_VALUE, 4));
        registers.write(MmioRegister.STATUS, 1, DeviceStatus.ACKNOWLEDGE);
        registers.write(MmioRegister.STATUS + 2, 4, DeviceStatus.ACKNOWLEDGE);
        registers.write(MmioRegister.MAGIC_VALUE, 4, 0);
        registers.write(MmioRegister.CONFIG + BlkConfig.SIZE - 2, 4, 1);
        registers.write(MmioRegister.CONFIG + 2, 2, 0x1234);
        assertEquals(0, read(MmioRegister.STATUS));
        assertEquals(0x74726976, read(MmioRegister.MAGIC_VALUE));
        assertEquals(List.of("config 2 2 4660"), events);
        assertEquals(-1, read(MmioRegister.SHM_LEN_LOW));
    }

    @Test
    void configChangeBumpsTheGenerationAndInterrupts() {
        int before = read(MmioRegister.CONFIG_GENERATION);
        registers.configChanged();
        assertEquals(before + 1, read(MmioRegister.CONFIG_GENERATION));
        assertEquals(MmioRegister.INTERRUPT_CONFIG_CHANGE, read(MmioRegister.INTERRUPT_STATUS));
    }
}
