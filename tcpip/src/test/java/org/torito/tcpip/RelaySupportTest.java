package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** What a byte relay needs from a connection: onWritable after a short write, and half-close. */
class RelaySupportTest {
    @Test
    void onWritableFollowsAShortWriteOnceTheBufferDrains() {
        VirtualWire w = new VirtualWire();
        int[] writable = new int[1];
        w.b.listen(80, 4, new TcpService() {
            @Override
            public void onAccept(TcpConnection connection) {
            }

            @Override
            public void onReceive(TcpConnection connection) {
            }

            @Override
            public void onClose(TcpConnection connection) {
            }

            @Override
            public void onWritable(TcpConnection connection) {
                writable[0]++;
            }
        });
        TcpConnection client = w.a.connect(VirtualWire.IP_B, 80);
        w.pump();
        client.setService(new TcpService() {
            @Override
            public void onAccept(TcpConnection connection) {
            }

            @Override
            public void onReceive(TcpConnection connection) {
            }

            @Override
            public void onClose(TcpConnection connection) {
            }

            @Override
            public void onWritable(TcpConnection connection) {
                writable[0] += 100;
            }
        });
        byte[] big = TcpConnectionTest.pattern(400_000, 3);
        int n = client.write(big, 0, big.length);
        assertTrue(n < big.length, "the send buffer should be smaller than 400 kB");
        assertEquals(0, writable[0]);
        w.pump(); // the server acknowledges what fits its window; space frees on the client
        assertEquals(100, writable[0], "one onWritable for one blocked write");
        assertTrue(client.writable() > 0);
        w.pump();
        assertEquals(100, writable[0], "no repeat without another blocked write");
    }

    @Test
    void shutdownOutputSendsFinButKeepsReading() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = TcpConnectionTest.connect(w, 80);
        c[0].write("request".getBytes(), 0, 7);
        c[0].shutdownOutput();
        w.pump();
        byte[] buf = new byte[64];
        assertEquals(7, c[1].read(buf, 0, buf.length));
        assertEquals(-1, c[1].read(buf, 0, buf.length), "the server sees EOF");
        assertEquals(TcpState.CLOSE_WAIT, c[1].state());
        byte[] reply = TcpConnectionTest.pattern(50_000, 9);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        TcpConnectionTest.transfer(w, c[1], reply, c[0], sink);
        assertArrayEquals(reply, sink.toByteArray(), "the half-closed client still reads the reply");
        c[1].close();
        w.pump();
        assertEquals(-1, c[0].read(buf, 0, buf.length));
        assertEquals(TcpState.TIME_WAIT, c[0].state());
        assertEquals(-1, c[0].write(buf, 0, 1), "no writes after shutdownOutput");
    }

    @Test
    void shutdownOutputDuringTheHandshakeSendsDataThenFinOnceEstablished() {
        VirtualWire w = new VirtualWire();
        TcpListener l = w.b.listen(80, 4);
        TcpConnection client = w.a.connect(VirtualWire.IP_B, 80);
        assertEquals(3, client.write("abc".getBytes(), 0, 3));
        client.shutdownOutput();
        assertEquals(TcpState.SYN_SENT, client.state());
        w.pump();
        TcpConnection server = l.accept();
        byte[] buf = new byte[8];
        assertEquals(3, server.read(buf, 0, buf.length));
        assertEquals(-1, server.read(buf, 0, buf.length));
        assertEquals(TcpState.FIN_WAIT_2, client.state());
        server.write("xy".getBytes(), 0, 2);
        server.close();
        w.pump();
        assertEquals(2, client.read(buf, 0, buf.length));
        assertEquals(TcpState.TIME_WAIT, client.state());
    }
}
