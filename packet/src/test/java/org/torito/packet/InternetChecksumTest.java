package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InternetChecksumTest {
    @Test
    void rfc1071Example() {
        // RFC 1071 section 3: words 0001 f203 f4f5 f6f7 sum to ddf2, checksum 220d.
        byte[] b = {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};
        assertEquals(0x220d, InternetChecksum.of(b, 0, b.length));
    }

    @Test
    void oddLengthPadsWithZero() {
        byte[] odd = {0x12, 0x34, 0x56};
        byte[] even = {0x12, 0x34, 0x56, 0x00};
        assertEquals(InternetChecksum.of(even, 0, 4), InternetChecksum.of(odd, 0, 3));
    }

    @Test
    void dataWithItsChecksumSumsToZero() {
        byte[] b = new byte[70_001];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        b[0] = 0;
        b[1] = 0;
        int c = InternetChecksum.of(b, 0, b.length);
        BigEndian.put16(b, 0, c);
        assertEquals(0, InternetChecksum.of(b, 0, b.length));
    }

    @Test
    void pseudoHeaderAddsAddressesProtocolAndLength() {
        long sum = InternetChecksum.pseudoHeader(0x0A000001, 0x0A000002, 6, 20);
        assertEquals(0x0A00 + 0x0001 + 0x0A00 + 0x0002 + 6 + 20, sum);
    }
}
