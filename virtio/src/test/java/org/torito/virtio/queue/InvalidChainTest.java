package org.torito.virtio.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.torito.virtio.GuestRam;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;

/** Descriptor chains written by hand, as a buggy or hostile driver could: each broken rule is refused. */
class InvalidChainTest {

    static final long BASE = 0x8000_0000L;
    static final long SIZE = 0x20000;
    static final long TABLE = BASE + 0x8000;
    static final long DATA = BASE + 0x10000;
    static final int QUEUE = 8;

    final SegmentVirtioMemory memory = GuestRam.at(BASE, SIZE);
    final QueueLayout layout = QueueLayout.contiguous(BASE, QUEUE);
    DeviceQueue device;
    int availIdx;

    @BeforeEach
    void setUp() {
        device = new DeviceQueue(memory, QUEUE);
        device.setDescTable(layout.descTable());
        device.setAvailRing(layout.availRing());
        device.setUsedRing(layout.usedRing());
        device.setNegotiatedFeatures(VirtioFeature.bit(VirtioFeature.INDIRECT_DESC));
        assertNull(device.enable());
    }

    void descriptor(long table, int index, long addr, long len, int flags, int next) {
        long d = table + 16L * index;
        memory.write64(d, addr);
        memory.write32(d + 8, (int) len);
        memory.write16(d + 12, flags);
        memory.write16(d + 14, next);
    }

    void direct(int index, long addr, long len, int flags, int next) {
        descriptor(layout.descTable(), index, addr, len, flags, next);
    }

    void makeAvailable(int head) {
        memory.write16(layout.availEntry(availIdx % device.size()), head);
        availIdx++;
        memory.storeRelease16(layout.availIdx(), availIdx);
    }

    String refusal(int head) {
        makeAvailable(head);
        InvalidChainException e = assertThrows(InvalidChainException.class, device::pop);
        assertEquals(1, device.nextAvail(), "the broken chain is consumed so the device can return it");
        return e.getMessage();
    }

    @Test
    void aValidDirectChainFlattensInOrder() throws InvalidChainException {
        direct(3, DATA, 16, Descriptor.F_NEXT, 5);
        direct(5, DATA + 16, 0, Descriptor.F_NEXT, 1);
        direct(1, DATA + 32, 100, Descriptor.F_WRITE, 0);
        makeAvailable(3);
        DescriptorChain chain = device.pop();
        assertEquals(3, chain.head());
        assertEquals(3, chain.segmentCount());
        assertEquals(2, chain.readableCount());
        assertEquals(DATA + 32, chain.address(2));
        assertTrue(chain.isWritable(2));
        assertEquals(16, chain.readableBytes());
        assertEquals(100, chain.writableBytes());
    }

    @Test
    void aValidIndirectChainIsWalkedThroughItsTable() throws InvalidChainException {
        direct(0, DATA, 8, Descriptor.F_NEXT, 2);
        direct(2, TABLE, 16 * 3, Descriptor.F_INDIRECT | Descriptor.F_WRITE, 0); // WRITE on it is ignored
        descriptor(TABLE, 0, DATA + 0x100, 16, Descriptor.F_NEXT, 2);
        descriptor(TABLE, 2, DATA + 0x200, 512, Descriptor.F_NEXT | Descriptor.F_WRITE, 1);
        descriptor(TABLE, 1, DATA + 0x400, 1, Descriptor.F_WRITE, 0);
        makeAvailable(0);
        DescriptorChain chain = device.pop();
        assertTrue(chain.usedIndirectTable());
        assertEquals(4, chain.segmentCount());
        assertEquals(2, chain.readableCount());
        assertEquals(DATA + 0x200, chain.address(2));
        assertEquals(513, chain.writableBytes());
        device.addUsed(chain.head(), 513);
        assertEquals(1, memory.read16(layout.usedIdx()));
    }

    @Test
    void aBufferOutsideMemoryIsRefused() {
        direct(0, BASE + SIZE - 8, 16, 0, 0);
        assertTrue(refusal(0).contains("outside guest memory"));
    }

    @Test
    void aBufferWhoseEndWrapsPast2To64IsRefused() {
        direct(0, 0xffff_ffff_ffff_fff0L, 0x20, 0, 0);
        assertTrue(refusal(0).contains("outside guest memory"));
    }

    @Test
    void aNextIndexOutsideTheQueueIsRefused() {
        direct(0, DATA, 16, Descriptor.F_NEXT, QUEUE);
        assertTrue(refusal(0).contains("descriptor index 8 is outside the queue of 8"));
    }

    @Test
    void aHeadOutsideTheQueueIsRefusedWithoutAHead() {
        makeAvailable(40);
        InvalidChainException e = assertThrows(InvalidChainException.class, device::pop);
        assertEquals(-1, e.head());
        assertTrue(e.getMessage().contains("head descriptor 40"));
    }

    @Test
    void aLoopIsRefused() {
        direct(0, DATA, 16, Descriptor.F_NEXT, 1);
        direct(1, DATA, 16, Descriptor.F_NEXT, 0);
        String message = refusal(0);
        assertTrue(message.contains("loops"), message);
    }

    @Test
    void aReadableDescriptorAfterAWritableOneIsRefused() {
        direct(0, DATA, 16, Descriptor.F_WRITE | Descriptor.F_NEXT, 1);
        direct(1, DATA, 16, 0, 0);
        assertTrue(refusal(0).contains("follows a device-writable"));
    }

    @Test
    void indirectWithoutTheFeatureIsRefused() {
        device.setNegotiatedFeatures(0);
        assertNull(device.enable());
        direct(0, TABLE, 16, Descriptor.F_INDIRECT, 0);
        descriptor(TABLE, 0, DATA, 16, 0, 0);
        assertTrue(refusal(0).contains("not negotiated"));
    }

    @Test
    void aZeroLengthIndirectTableIsRefused() {
        direct(0, TABLE, 0, Descriptor.F_INDIRECT, 0);
        assertTrue(refusal(0).contains("not a non-zero multiple of 16"));
    }

    @Test
    void anIndirectTableLengthNotAMultipleOf16IsRefused() {
        direct(0, TABLE, 24, Descriptor.F_INDIRECT, 0);
        assertTrue(refusal(0).contains("not a non-zero multiple of 16"));
    }

    @Test
    void anIndirectTableOutsideMemoryIsRefused() {
        direct(0, BASE + SIZE - 16, 32, Descriptor.F_INDIRECT, 0);
        assertTrue(refusal(0).contains("indirect table"));
    }

    @Test
    void anIndirectDescriptorWithNextIsRefused() {
        direct(0, TABLE, 16, Descriptor.F_INDIRECT | Descriptor.F_NEXT, 1);
        descriptor(TABLE, 0, DATA, 16, 0, 0);
        assertTrue(refusal(0).contains("also has NEXT"));
    }

    @Test
    void aNestedIndirectTableIsRefused() {
        direct(0, TABLE, 32, Descriptor.F_INDIRECT, 0);
        descriptor(TABLE, 0, TABLE + 0x100, 16, Descriptor.F_INDIRECT, 0);
        assertTrue(refusal(0).contains("inside an indirect table"));
    }

    @Test
    void anIndexOutsideTheIndirectTableIsRefused() {
        direct(0, TABLE, 32, Descriptor.F_INDIRECT, 0);
        descriptor(TABLE, 0, DATA, 16, Descriptor.F_NEXT, 2);
        assertTrue(refusal(0).contains("outside the indirect table of 2"));
    }

    @Test
    void aLoopInsideAnIndirectTableIsRefused() {
        direct(0, TABLE, 32, Descriptor.F_INDIRECT, 0);
        descriptor(TABLE, 0, DATA, 16, Descriptor.F_NEXT, 1);
        descriptor(TABLE, 1, DATA, 16, Descriptor.F_NEXT, 0);
        assertTrue(refusal(0).contains("loops"));
    }

    @Test
    void anIndirectChainWithMoreSegmentsThanTheQueueIsRefused() {
        direct(0, TABLE, 16 * 20, Descriptor.F_INDIRECT, 0);
        for (int i = 0; i < 20; i++) {
            descriptor(TABLE, i, DATA, 1, i < 19 ? Descriptor.F_NEXT : 0, i + 1);
        }
        assertTrue(refusal(0).contains("more than 8 segments"));
    }

    @Test
    void anIndirectTableMayBeLongerThanASmallQueueUpToTheMaximumSize() throws InvalidChainException {
        // Found by fuzzing: the cap is QueueNumMax (the chain's capacity), not the configured size.
        device.setSize(2);
        assertNull(device.enable());
        direct(0, TABLE, 16 * QUEUE, Descriptor.F_INDIRECT, 0);
        for (int i = 0; i < QUEUE; i++) {
            descriptor(TABLE, i, DATA, 1, i < QUEUE - 1 ? Descriptor.F_NEXT : 0, i + 1);
        }
        makeAvailable(0);
        assertEquals(QUEUE, device.pop().segmentCount());
    }

    @Test
    void aHugeIndirectTableCostsNoMoreThanTheSegmentCap() {
        // 0x1000 entries all chained: refused after capacity + 1 descriptors, not 0x1000.
        direct(0, BASE + 0x10000, 0x10000, Descriptor.F_INDIRECT, 0);
        for (int i = 0; i < 0x1000; i++) {
            descriptor(BASE + 0x10000, i, DATA, 1, Descriptor.F_NEXT, i + 1);
        }
        assertTrue(refusal(0).contains("more than 8 segments"));
    }

    @Test
    void theQueueKeepsWorkingAfterARefusedChain() throws InvalidChainException {
        direct(0, DATA, 16, Descriptor.F_NEXT, 0);
        refusal(0);
        device.addUsed(0, 0);
        direct(1, DATA, 16, 0, 0);
        makeAvailable(1);
        assertEquals(1, device.pop().head());
    }
}
