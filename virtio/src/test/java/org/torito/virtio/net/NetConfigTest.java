package org.torito.virtio.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.torito.virtio.GuestRam;

class NetConfigTest {

    @Test
    void theMacReadsBackMostSignificantByteFirstAndThroughTwoWords() {
        NetConfig config = new NetConfig().mac(0x525400123456L).status(NetConfig.LINK_UP).maxVirtqueuePairs(3).mtu(1500);
        assertEquals(0x52, config.read(NetConfig.MAC, 1));
        assertEquals(0x56, config.read(NetConfig.MAC + 5, 1));
        assertEquals(0x525400123456L, NetConfig.macOf(config.read(0, 4), config.read(4, 4)));
        assertEquals(NetConfig.LINK_UP, config.read(NetConfig.STATUS, 2));
        assertEquals(3, config.read(NetConfig.MAX_VIRTQUEUE_PAIRS, 2));
        assertEquals(1500, config.read(NetConfig.MTU, 2));
        assertEquals(0, config.read(NetConfig.SIZE, 4));
    }

    @Test
    void aReceivedHeaderIsPlainWithItsBufferCount() {
        org.torito.virtio.SegmentVirtioMemory ram = GuestRam.at(0, 4096);
        for (int i = 0; i < 64; i++) {
            ram.write8(i, 0xAA);
        }
        NetHeader.writeReceived(ram, 16, 1);
        for (int i = 0; i < NetHeader.NUM_BUFFERS; i++) {
            assertEquals(0, ram.read8(16 + i), "byte " + i);
        }
        assertEquals(1, ram.read16(16 + NetHeader.NUM_BUFFERS));
        assertEquals(0xAA, ram.read8(16 + NetHeader.SIZE));
        byte[] b = new byte[20];
        java.util.Arrays.fill(b, (byte) 7);
        NetHeader.writeReceived(b, 2, 258);
        assertEquals(0, b[2]);
        assertEquals(2, b[12]);
        assertEquals(1, b[13]);
        assertEquals(7, b[14]);
        assertTrue(NetHeader.isPlain(0, NetHeader.GSO_NONE));
        assertTrue(NetHeader.isPlain(NetHeader.F_DATA_VALID, NetHeader.GSO_NONE));
        assertFalse(NetHeader.isPlain(NetHeader.F_NEEDS_CSUM, NetHeader.GSO_NONE));
        assertFalse(NetHeader.isPlain(0, 1));
    }
}
