package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TcpSegmentTest {
    static final int A = Ipv4Address.of(192, 168, 1, 1);
    static final int B = Ipv4Address.of(192, 168, 1, 2);

    @Test
    void synWithOptionsRoundTrip() {
        byte[] b = new byte[64];
        int hl = TcpSegment.write(b, 0, 40000, 80, 0x89ABCDEF, 0, TcpSegment.SYN, 65535, 1460, 7, 0, A, B);
        assertEquals(28, hl);
        TcpSegment s = new TcpSegment();
        assertTrue(s.parse(b, 0, hl, A, B));
        assertEquals(40000, s.sourcePort());
        assertEquals(80, s.destinationPort());
        assertEquals(0x89ABCDEF, s.sequence());
        assertEquals(TcpSegment.SYN, s.flags());
        assertEquals(65535, s.window());
        assertEquals(1460, s.mss());
        assertEquals(7, s.windowScale());
        assertEquals(0, s.payloadLength());
        assertFalse(s.hasTimestamps());
    }

    @Test
    void dataSegmentChecksumCoversPayload() {
        byte[] b = new byte[25];
        b[20] = 'h';
        b[24] = 'o';
        int hl = TcpSegment.write(b, 0, 1, 2, 100, 200, TcpSegment.ACK | TcpSegment.PSH, 1000, -1, -1, 5, A, B);
        TcpSegment s = new TcpSegment();
        assertTrue(s.parse(b, 0, 25, A, B));
        assertEquals(20, hl);
        assertEquals(5, s.payloadLength());
        assertEquals(-1, s.mss());
        assertTrue(s.has(TcpSegment.ACK));
        b[22] = 'x';
        assertFalse(s.parse(b, 0, 25, A, B), "payload corrupted");
    }

    @Test
    void aPartialChecksumCompletedLikeADeviceEqualsTheFullOne() {
        for (int length : new int[] {0, 1, 5, 1460}) {
            byte[] full = new byte[20 + length];
            for (int i = 20; i < full.length; i++) {
                full[i] = (byte) (i * 31 + 7);
            }
            byte[] partial = full.clone();
            TcpSegment.write(full, 0, 1, 2, 100, 200, TcpSegment.ACK, 1000, -1, -1, length, A, B);
            TcpSegment.write(partial, 0, 1, 2, 100, 200, TcpSegment.ACK, 1000, -1, -1, length, A, B, true);
            TcpSegment s = new TcpSegment();
            assertFalse(length > 0 && s.parse(partial, 0, partial.length, A, B), "a partial checksum does not verify");
            assertTrue(s.parse(partial, 0, partial.length, A, B, false), "unless the peer vouches for it");
            InternetChecksum.complete(partial, 0, 16, partial.length);
            assertEquals(BigEndian.u16(full, 16), BigEndian.u16(partial, 16), "length " + length);
            assertTrue(s.parse(partial, 0, partial.length, A, B));
        }
    }

    /** A segment with raw option bytes and a correct checksum. */
    static byte[] withOptions(int... options) {
        int hl = 20 + ((options.length + 3) & ~3);
        byte[] b = new byte[hl];
        for (int i = 0; i < options.length; i++) {
            b[20 + i] = (byte) options[i];
        }
        b[12] = (byte) ((hl / 4) << 4);
        b[13] = TcpSegment.SYN;
        long sum = InternetChecksum.pseudoHeader(A, B, 6, hl);
        BigEndian.put16(b, 16, InternetChecksum.finish(InternetChecksum.add(sum, b, 0, hl)));
        return b;
    }

    @Test
    void toleratesSackPermittedTimestampsAndUnknownOptions() {
        byte[] b = withOptions(2, 4, 0x05, 0xB4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2, 30, 3, 9, 3, 3, 15, 0);
        TcpSegment s = new TcpSegment();
        assertTrue(s.parse(b, 0, b.length, A, B));
        assertEquals(1460, s.mss());
        assertTrue(s.sackPermitted());
        assertTrue(s.hasTimestamps());
        assertEquals(1, s.timestampValue());
        assertEquals(2, s.timestampEcho());
        assertEquals(14, s.windowScale(), "shift clamped to 14");
    }

    @Test
    void optionsStopAtEndOfList() {
        byte[] b = withOptions(0, 99, 99, 99);
        TcpSegment s = new TcpSegment();
        assertTrue(s.parse(b, 0, b.length, A, B));
        assertEquals(-1, s.mss());
    }

    @Test
    void malformedOptionsAreInvalid() {
        TcpSegment s = new TcpSegment();
        int[][] bad = {
            {2, 0, 0, 0}, // length zero: would loop forever if trusted
            {2, 1, 0, 0}, // length one
            {2, 8, 5, 0xB4}, // runs past the header
            {2, 3, 5, 0}, // MSS with wrong length
            {3, 4, 7, 0}, // window scale with wrong length
            {1, 1, 1, 30}, // kind with no length byte left
        };
        for (int[] options : bad) {
            byte[] b = withOptions(options);
            assertFalse(s.parse(b, 0, b.length, A, B), java.util.Arrays.toString(options));
        }
    }

    @Test
    void badLengthsAreInvalid() {
        byte[] b = new byte[40];
        TcpSegment.write(b, 0, 1, 2, 3, 4, TcpSegment.ACK, 5, -1, -1, 0, A, B);
        TcpSegment s = new TcpSegment();
        assertFalse(s.parse(b, 0, 19, A, B));
        b[12] = 0x40; // data offset 4 words
        assertFalse(s.parse(b, 0, 20, A, B));
        b[12] = (byte) 0xF0; // 60-byte header in a 20-byte segment
        assertFalse(s.parse(b, 0, 20, A, B));
        assertFalse(s.parse(b, 30, 20, A, B), "range past the array");
    }
}
