package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DhcpMessageTest {
    static final long MAC = 0x525400123456L;

    static int offer(byte[] b) {
        int pos = DhcpMessage.writeHeader(b, 0, DhcpMessage.BOOTREPLY, 0xCAFE, 0x8000, 0,
                Ipv4Address.of(10, 0, 2, 15), Ipv4Address.of(10, 0, 2, 2), 0, MAC);
        pos = DhcpMessage.putByteOption(b, pos, DhcpMessage.OPTION_MESSAGE_TYPE, DhcpMessage.OFFER);
        b[pos++] = 0; // pad
        pos = DhcpMessage.putIntOption(b, pos, DhcpMessage.OPTION_SUBNET_MASK, 0xFFFFFF00);
        pos = DhcpMessage.putIntOption(b, pos, DhcpMessage.OPTION_ROUTER, Ipv4Address.of(10, 0, 2, 2));
        pos = DhcpMessage.putOption(b, pos, DhcpMessage.OPTION_DNS, new byte[] {10, 0, 2, 3, 8, 8, 8, 8}, 0, 8);
        pos = DhcpMessage.putIntOption(b, pos, DhcpMessage.OPTION_LEASE_TIME, 86400);
        return DhcpMessage.putEnd(b, pos);
    }

    @Test
    void offerRoundTrip() {
        byte[] b = new byte[400];
        int len = offer(b);
        DhcpMessage m = new DhcpMessage();
        assertTrue(m.parse(b, 0, len));
        assertEquals(DhcpMessage.BOOTREPLY, m.op());
        assertEquals(0xCAFE, m.transactionId());
        assertEquals(0x8000, m.flags());
        assertEquals(Ipv4Address.of(10, 0, 2, 15), m.yourIp());
        assertEquals(MAC, m.clientMac());
        assertEquals(DhcpMessage.OFFER, m.messageType());
        assertEquals(0xFFFFFF00, m.intOption(DhcpMessage.OPTION_SUBNET_MASK, 0));
        assertEquals(Ipv4Address.of(10, 0, 2, 2), m.intOption(DhcpMessage.OPTION_ROUTER, 0));
        assertEquals(86400, m.intOption(DhcpMessage.OPTION_LEASE_TIME, 0));
        int dns = m.findOption(DhcpMessage.OPTION_DNS);
        assertEquals(8, m.optionLength(dns));
        assertEquals(-1, m.findOption(DhcpMessage.OPTION_SERVER_ID));
        assertEquals(7, m.intOption(DhcpMessage.OPTION_SERVER_ID, 7));
    }

    @Test
    void optionsPastEndMarkerAreNotSeen() {
        byte[] b = new byte[300];
        int pos = DhcpMessage.writeHeader(b, 0, 1, 1, 0, 0, 0, 0, 0, MAC);
        pos = DhcpMessage.putEnd(b, pos);
        DhcpMessage.putByteOption(b, pos, DhcpMessage.OPTION_MESSAGE_TYPE, 1);
        DhcpMessage m = new DhcpMessage();
        assertTrue(m.parse(b, 0, 300));
        assertEquals(-1, m.messageType());
    }

    @Test
    void hostileMessagesAreInvalid() {
        byte[] b = new byte[400];
        int len = offer(b);
        DhcpMessage m = new DhcpMessage();
        assertFalse(m.parse(b, 0, 239), "shorter than fixed part and cookie");
        assertFalse(m.parse(b, 0, len - 3), "lease option cut off");
        byte[] c = b.clone();
        c[239] = 0;
        assertFalse(m.parse(c, 0, len), "bad cookie");
        c = b.clone();
        c[0] = 3;
        assertFalse(m.parse(c, 0, len), "bad op");
        c = b.clone();
        c[240 + 3 + 1 + 1] = (byte) 200; // subnet mask option length overruns
        assertFalse(m.parse(c, 0, len));
        c = b.clone();
        c[len - 1] = 0; // no END: options run to the end of the message, still bounded
        assertTrue(m.parse(c, 0, len));
        c[len - 1] = 12; // an option code with no length byte
        assertFalse(m.parse(c, 0, len));
    }
}
