package org.torito.virtio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentVirtioMemoryTest {

    private final SegmentVirtioMemory memory = GuestRam.at(0x10000, 0x1000);

    @Test
    void containsChecksBothEndsWithoutOverflow() {
        assertTrue(memory.contains(0x10000, 0x1000));
        assertTrue(memory.contains(0x11000, 0));
        assertFalse(memory.contains(0x11000, 1));
        assertFalse(memory.contains(0xffff, 1));
        assertFalse(memory.contains(0x10ff0, 0x11));
        assertFalse(memory.contains(0x10800, Long.MAX_VALUE));
        assertFalse(memory.contains(0x10800, -1));
        assertFalse(memory.contains(-16, 0x20));
    }

    @Test
    void memoryEndingAt2To64IsValid() {
        SegmentVirtioMemory top = GuestRam.at(-0x1000L, 0x1000);
        assertTrue(top.contains(-0x10L, 0x10));
        assertFalse(top.contains(-0x10L, 0x11));
        top.write64(-8L, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, top.read64(-8L));
    }

    @Test
    void accessesAreLittleEndianAndUnsigned() {
        memory.write32(0x10010, 0xfedcba98);
        assertEquals(0x98, memory.read8(0x10010));
        assertEquals(0xba98, memory.read16(0x10010));
        assertEquals(0xfedcba98, memory.read32(0x10010));
        memory.write16(0x10021, 0xabcd); // unaligned plain access is fine
        assertEquals(0xabcd, memory.read16(0x10021));
        memory.storeRelease16(0x10030, 0x1ffff);
        assertEquals(0xffff, memory.loadAcquire16(0x10030));
        byte[] bytes = {1, 2, 3, 4, 5};
        memory.copyFromArray(bytes, 1, 0x10ffc, 4);
        byte[] back = new byte[6];
        memory.copyToArray(0x10ffc, back, 2, 4);
        assertArrayEquals(new byte[] {0, 0, 2, 3, 4, 5}, back);
    }

    @Test
    void outOfRangeAndUnalignedAtomicAccessesThrowNamingTheAddress() {
        GuestMemoryException e = assertThrows(GuestMemoryException.class, () -> memory.read32(0x10ffe));
        assertTrue(e.getMessage().contains("0x10ffe+4"), e.getMessage());
        assertThrows(GuestMemoryException.class, () -> memory.write8(0x11000, 0));
        assertThrows(GuestMemoryException.class, () -> memory.copyToArray(0x10ff0, new byte[32], 0, 32));
        assertThrows(GuestMemoryException.class, () -> memory.loadAcquire16(0x10001));
    }
}
