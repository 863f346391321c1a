package org.torito.guest.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RingTest {

    private static byte[] message(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }

    @Test
    void emptyRingPollsNull() {
        Ring ring = new Ring(new SegmentMemory(4096), 0, 4096, () -> { });
        assertTrue(ring.isEmpty());
        assertNull(ring.poll());
    }

    @Test
    void messagesComeOutInOrderWithTheirLengths() {
        Ring ring = new Ring(new SegmentMemory(4096), 0, 4096, () -> { });
        assertTrue(ring.offer(new byte[0]));
        assertTrue(ring.offer(message(1, 1)));
        assertTrue(ring.offer(message(13, 2)));
        assertArrayEquals(new byte[0], ring.poll());
        assertArrayEquals(message(1, 1), ring.poll());
        assertArrayEquals(message(13, 2), ring.poll());
        assertNull(ring.poll());
    }

    @Test
    void fullRingRefusesUntilTheReceiverCatchesUp() {
        // capacity: 448 - 192 = 256 bytes = 4 records of 60 bytes (64 with the length word)
        Ring ring = new Ring(new SegmentMemory(448), 0, 448, () -> { });
        for (int i = 0; i < 4; i++) {
            assertTrue(ring.offer(message(60, i)), "record " + i);
        }
        assertFalse(ring.offer(message(1, 9)));
        assertArrayEquals(message(60, 0), ring.poll());
        assertTrue(ring.offer(message(60, 4)));
        for (int i = 1; i <= 4; i++) {
            assertArrayEquals(message(60, i), ring.poll());
        }
        assertNull(ring.poll());
    }

    @Test
    void messagesWrapAroundTheEndOfTheDataArea() {
        // capacity 256: records of odd sizes make the wrap point land inside a message's bytes
        Ring ring = new Ring(new SegmentMemory(448), 0, 448, () -> { });
        for (int i = 0; i < 1000; i++) {
            int length = 1 + (i * 37) % 120;
            assertTrue(ring.offer(message(length, i)));
            if (i % 2 == 1) {
                assertArrayEquals(message(1 + ((i - 1) * 37) % 120, i - 1), ring.poll());
                assertArrayEquals(message(length, i), ring.poll());
            }
        }
        assertNull(ring.poll());
    }

    @Test
    void aMessageAsLongAsTheRingFitsAndALongerOneIsRejected() {
        Ring ring = new Ring(new SegmentMemory(448), 0, 448, () -> { });
        assertEquals(252, ring.maxMessage());
        assertTrue(ring.offer(message(100, 1)));
        assertArrayEquals(message(100, 1), ring.poll());
        assertTrue(ring.offer(message(252, 2)));   // starts at 104: wraps
        assertArrayEquals(message(252, 2), ring.poll());
        assertThrows(IllegalArgumentException.class, () -> ring.offer(message(253, 3)));
    }

    @Test
    void senderRingsTheDoorbellOnlyWhenTheReceiverFlaggedIdle() {
        AtomicInteger rings = new AtomicInteger();
        Ring ring = new Ring(new SegmentMemory(4096), 0, 4096, rings::incrementAndGet);
        ring.offer(message(4, 1));
        assertEquals(0, rings.get());
        ring.receiverIdle(true);
        ring.offer(message(4, 2));
        assertEquals(1, rings.get());
        ring.receiverIdle(false);
        ring.offer(message(4, 3));
        assertEquals(1, rings.get());
    }

    @Test
    void twoThreadsPassAMillionMessagesWithoutLossOrReordering() throws Exception {
        SegmentMemory memory = new SegmentMemory(8192);
        Ring ring = new Ring(memory, 4096, 1024, () -> { });
        int count = 1_000_000;
        Thread sender = new Thread(() -> {
            for (int i = 0; i < count; i++) {
                byte[] m = new byte[2 + i % 23];
                m[0] = (byte) i;
                m[m.length - 1] = (byte) (i >> 8);
                while (!ring.offer(m)) {
                    Thread.onSpinWait();
                }
            }
        });
        sender.start();
        for (int i = 0; i < count; i++) {
            byte[] m;
            while ((m = ring.poll()) == null) {
                Thread.onSpinWait();
            }
            assertEquals(2 + i % 23, m.length, "message " + i);
            assertEquals((byte) i, m[0]);
            assertEquals((byte) (i >> 8), m[m.length - 1]);
        }
        sender.join();
        assertTrue(ring.isEmpty());
    }

    @Test
    void ringsMustFitTheirMemory() {
        SegmentMemory memory = new SegmentMemory(4096);
        assertThrows(IllegalArgumentException.class, () -> new Ring(memory, 0, 8192, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> new Ring(memory, 8, 1024, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> new Ring(memory, 0, 200, () -> { }));
    }
}
