package org.torito.virtio.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.torito.virtio.GuestRam;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;

/** A driver and a device queue talking through the same guest memory. */
class QueuePairTest {

    static final long BASE = 0x4000_0000L;
    static final long BUFFERS = BASE + 0x10000;

    final SegmentVirtioMemory memory = GuestRam.at(BASE, 0x100000);

    DriverQueue driver;
    DeviceQueue device;

    void connect(int size, boolean eventIdx) {
        QueueLayout layout = QueueLayout.contiguous(BASE, size);
        driver = new DriverQueue(memory, layout, eventIdx);
        device = new DeviceQueue(memory, 256);
        device.setSize(size);
        device.setDescTable(layout.descTable());
        device.setAvailRing(layout.availRing());
        device.setUsedRing(layout.usedRing());
        device.setNegotiatedFeatures(VirtioFeature.bit(VirtioFeature.VERSION_1)
                | (eventIdx ? VirtioFeature.bit(VirtioFeature.EVENT_IDX) : 0));
        assertNull(device.enable());
    }

    int addOne(long address, int length, boolean writable) {
        return driver.add(new long[] {address}, new int[] {length}, writable ? 0 : 1, writable ? 1 : 0);
    }

    @Test
    void layoutFollowsTheSpecSizesAndAlignment() {
        QueueLayout layout = QueueLayout.contiguous(0x1000, 256);
        assertEquals(0x1000 + 16 * 256, layout.availRing());
        assertEquals(layout.availRing() + 2, layout.availIdx());
        assertEquals(layout.availRing() + 4 + 2 * 7, layout.availEntry(7));
        assertEquals(layout.availRing() + 4 + 2 * 256, layout.usedEvent());
        assertEquals(0, layout.usedRing() % 4);
        assertTrue(layout.usedRing() >= layout.availRing() + 6 + 2 * 256);
        assertEquals(layout.usedRing() + 4 + 8 * 3, layout.usedElement(3));
        assertEquals(layout.usedRing() + 4 + 8 * 256, layout.availEvent());
        assertEquals(layout.availEvent() + 2 - 0x1000, QueueLayout.contiguousBytes(256));
        assertNotEquals(null, QueueLayout.problem(3, 0, 0, 0));
        assertNotEquals(null, QueueLayout.problem(65536, 0, 0, 0));
        assertNotEquals(null, QueueLayout.problem(8, 8, 0, 0));
        assertNotEquals(null, QueueLayout.problem(8, 16, 1, 0));
        assertNotEquals(null, QueueLayout.problem(8, 16, 2, 2));
        assertNull(QueueLayout.problem(32768, 16, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> new QueueLayout(0, 0, 0, 0));
    }

    @Test
    void moreThan65536RequestsRoundTripAcrossIndexWrapAround() throws InvalidChainException {
        connect(16, false);
        Random random = new Random(42);
        ArrayDeque<Integer> inFlight = new ArrayDeque<>();
        long[] addrs = new long[3];
        int[] lens = new int[3];
        int completed = 0;
        int sequence = 0;
        while (completed < 70_000) {
            int batch = 1 + random.nextInt(6);
            for (int b = 0; b < batch; b++) {
                int readable = 1 + random.nextInt(2);
                int writable = random.nextInt(2);
                for (int i = 0; i < readable + writable; i++) {
                    addrs[i] = BUFFERS + 0x100L * ((sequence + i) % 512);
                    lens[i] = 16 + i;
                }
                int head = driver.add(addrs, lens, readable, writable);
                if (head < 0) {
                    break;
                }
                memory.write32(addrs[0], sequence);
                inFlight.add(sequence);
                sequence++;
            }
            driver.publish();
            DescriptorChain chain;
            while ((chain = device.pop()) != null) {
                int expected = inFlight.remove();
                assertEquals(expected, memory.read32(chain.address(0)), "payload of request " + expected);
                assertEquals(16, chain.length(0));
                for (int i = 1; i < chain.segmentCount(); i++) {
                    assertEquals(16 + i, chain.length(i));
                }
                device.addUsed(chain.head(), chain.segmentCount());
            }
            long used;
            while ((used = driver.takeUsed()) != DriverQueue.NONE) {
                assertTrue(DriverQueue.usedLength(used) >= 1 && DriverQueue.usedLength(used) <= 3);
                completed++;
            }
            assertEquals(16, driver.freeCount(), "every descriptor comes back");
        }
        assertEquals(sequence & 0xffff, device.nextAvail());
        assertEquals(sequence & 0xffff, device.nextUsed());
        assertEquals(sequence & 0xffff, driver.lastUsed());
        assertTrue(sequence > 65536);
    }

    @Test
    void anIndirectTableBuiltByHandRoundTripsThroughOneDescriptor() throws InvalidChainException {
        connect(8, true);
        device.setNegotiatedFeatures(VirtioFeature.bit(VirtioFeature.EVENT_IDX) | VirtioFeature.bit(VirtioFeature.INDIRECT_DESC));
        long table = BUFFERS + 0x8000;
        // entry 0 -> 2 -> 1: header readable, data writable, status writable; indexes within the table
        writeDescriptor(table, 0, BUFFERS, 16, Descriptor.F_NEXT, 2);
        writeDescriptor(table, 2, BUFFERS + 0x1000, 4096, Descriptor.F_NEXT | Descriptor.F_WRITE, 1);
        writeDescriptor(table, 1, BUFFERS + 0x2000, 1, Descriptor.F_WRITE, 0);
        int head = driver.addIndirect(table, 48);
        assertEquals(7, driver.freeCount(), "an indirect chain takes one ring descriptor");
        driver.publish();
        DescriptorChain chain = device.pop();
        assertTrue(chain.usedIndirectTable());
        assertEquals(head, chain.head());
        assertEquals(3, chain.segmentCount());
        assertEquals(1, chain.readableCount());
        assertEquals(BUFFERS + 0x1000, chain.address(1));
        assertEquals(4097, chain.writableBytes());
        device.addUsed(chain.head(), 4097);
        long used = driver.takeUsed();
        assertEquals(head, DriverQueue.usedId(used));
        assertEquals(4097, DriverQueue.usedLength(used));
        assertEquals(8, driver.freeCount());
    }

    void writeDescriptor(long table, int index, long addr, int len, int flags, int next) {
        long d = table + 16L * index;
        memory.write64(d + Descriptor.ADDR, addr);
        memory.write32(d + Descriptor.LEN, len);
        memory.write16(d + Descriptor.FLAGS, flags);
        memory.write16(d + Descriptor.NEXT, next);
    }

    @Test
    void aFullQueueRefusesUntilBuffersComeBack() throws InvalidChainException {
        connect(8, false);
        for (int i = 0; i < 8; i++) {
            assertTrue(addOne(BUFFERS + 64L * i, 64, false) >= 0);
        }
        assertEquals(0, driver.freeCount());
        assertEquals(-1, addOne(BUFFERS, 64, false));
        driver.publish();
        DescriptorChain first = device.pop();
        device.addUsed(first.head(), 0);
        assertEquals(-1, driver.add(new long[] {BUFFERS, BUFFERS}, new int[] {1, 1}, 1, 1),
                "a two-descriptor chain does not fit in one free descriptor");
        assertEquals(first.head(), DriverQueue.usedId(driver.takeUsed()));
        assertTrue(addOne(BUFFERS, 64, true) >= 0);
        assertEquals(-1, addOne(BUFFERS, 64, false));
    }

    @Test
    void outOfOrderCompletionFreesTheRightDescriptors() throws InvalidChainException {
        connect(8, false);
        long[] addrs = {BUFFERS, BUFFERS + 0x100, BUFFERS + 0x200};
        int[] lens = {10, 20, 30};
        int a = driver.add(addrs, lens, 2, 1);
        int b = driver.add(addrs, lens, 1, 2);
        driver.publish();
        DescriptorChain chainA = device.pop(new DescriptorChain(8));
        DescriptorChain chainB = device.pop(new DescriptorChain(8));
        assertEquals(a, chainA.head());
        assertEquals(2, chainA.readableCount());
        assertEquals(1, chainB.readableCount());
        assertEquals(50, chainB.writableBytes());
        device.addUsed(b, 50);
        device.addUsed(a, 30);
        long used = driver.takeUsed();
        assertEquals(b, DriverQueue.usedId(used));
        assertEquals(50, DriverQueue.usedLength(used));
        assertEquals(a, DriverQueue.usedId(driver.takeUsed()));
        assertEquals(8, driver.freeCount());
        assertEquals(DriverQueue.NONE, driver.takeUsed());
    }

    @Test
    void eventIdxSuppressesKicksWhileTheDeviceIsBehind() throws InvalidChainException {
        connect(16, true);
        int kicks = 0;
        assertFalse(device.enableNotifications());
        addOne(BUFFERS, 8, false);
        driver.publish();
        if (driver.kickNeeded()) {
            kicks++;
        }
        for (int i = 0; i < 5; i++) {
            addOne(BUFFERS, 8, false);
            driver.publish();
            if (driver.kickNeeded()) {
                kicks++;
            }
        }
        assertEquals(1, kicks, "only the first buffer after avail_event kicks");
        int popped = 0;
        while (device.pop() != null) {
            popped++;
        }
        assertEquals(6, popped);
        addOne(BUFFERS, 8, false);
        driver.publish();
        assertTrue(driver.kickNeeded(), "the device caught up, so the next buffer kicks again");

        device.disableNotifications();
        assertTrue(device.pop() != null);
        addOne(BUFFERS, 8, false);
        driver.publish();
        assertFalse(driver.kickNeeded(), "the device is polling with notifications disabled");
        assertTrue(device.enableNotifications(), "re-enabling sees the buffer added meanwhile");
    }

    @Test
    void eventIdxSuppressesInterruptsUntilTheDriverCatchesUp() throws InvalidChainException {
        connect(16, true);
        assertFalse(driver.enableInterrupts());
        for (int i = 0; i < 4; i++) {
            addOne(BUFFERS, 8, true);
        }
        driver.publish();
        int interrupts = 0;
        DescriptorChain chain;
        while ((chain = device.pop()) != null) {
            device.addUsed(chain.head(), 8);
            if (device.needsNotification()) {
                interrupts++;
            }
        }
        assertEquals(1, interrupts, "used_event = 0 asks for one interrupt until the driver takes buffers");
        int taken = 0;
        while (driver.takeUsed() != DriverQueue.NONE) {
            taken++;
        }
        assertEquals(4, taken);
        addOne(BUFFERS, 8, true);
        addOne(BUFFERS, 8, true);
        driver.publish();
        device.addUsed(device.pop().head(), 8);
        assertTrue(device.needsNotification(), "the driver took everything, so the next used buffer interrupts");
        device.addUsed(device.pop().head(), 8);
        assertFalse(device.needsNotification());

        driver.setUsedEvent(driver.lastUsed() + 2);
        driver.takeUsed();
        driver.takeUsed();
        driver.disableInterrupts();
        for (int i = 0; i < 4; i++) {
            addOne(BUFFERS, 8, true);
        }
        driver.publish();
        interrupts = 0;
        while ((chain = device.pop()) != null) {
            device.addUsed(chain.head(), 8);
            if (device.needsNotification()) {
                interrupts++;
            }
        }
        assertTrue(interrupts <= 1, "with interrupts disabled at most one stale used_event fires");
    }

    @Test
    void flagsSuppressNotificationsWithoutEventIdx() throws InvalidChainException {
        connect(8, false);
        addOne(BUFFERS, 8, false);
        driver.publish();
        assertTrue(driver.kickNeeded());
        device.disableNotifications();
        addOne(BUFFERS, 8, false);
        driver.publish();
        assertFalse(driver.kickNeeded());
        assertTrue(device.enableNotifications());
        assertTrue(driver.kickNeeded());

        device.addUsed(device.pop().head(), 0);
        assertTrue(device.needsNotification());
        driver.disableInterrupts();
        device.addUsed(device.pop().head(), 0);
        assertFalse(device.needsNotification());
        assertTrue(driver.enableInterrupts(), "used buffers are pending");
        assertTrue(device.needsNotification());
    }

    @Test
    void aDriverRunningMoreThanTheQueueSizeAheadIsRefused() throws InvalidChainException {
        connect(8, false);
        QueueLayout layout = driver.layout();
        memory.storeRelease16(layout.availIdx(), 9);
        InvalidChainException e = assertThrows(InvalidChainException.class, device::pop);
        assertTrue(e.getMessage().contains("9 ahead"), e.getMessage());
        assertEquals(-1, e.head());
        assertEquals(0, device.nextAvail(), "nothing was consumed");
        memory.storeRelease16(layout.availIdx(), 8);
        assertEquals(8, device.availableCount());
    }

    @Test
    void aQueueOutsideMemoryOrTooLargeDoesNotBecomeReady() {
        DeviceQueue queue = new DeviceQueue(memory, 256);
        queue.setSize(256);
        queue.setDescTable(BASE + 0x100000 - 16 * 128);
        queue.setAvailRing(BASE);
        queue.setUsedRing(BASE + 0x1000);
        assertTrue(queue.enable().contains("descriptor table"));
        assertFalse(queue.isReady());
        queue.setSize(512);
        assertTrue(queue.enable().contains("exceeds the maximum"));
        queue.setSize(128);
        queue.setUsedRing(BASE + 0x100000 - 8);
        assertTrue(queue.enable().contains("used ring"));
        queue.setUsedRing(BASE + 0x1000);
        assertNull(queue.enable());
        assertTrue(queue.isReady());
    }
}
