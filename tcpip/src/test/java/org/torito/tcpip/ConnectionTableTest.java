package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The open-addressing table agrees with a HashMap through random adds and removals. */
class ConnectionTableTest {
    @Test
    void matchesAHashMapUnderChurn() {
        NetworkStack stack = new NetworkStack(VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A).maxConnections(64)
                .receiveBuffer(1024).sendBuffer(1024), (f, o, l) -> true, new FakeClock());
        ConnectionTable table = new ConnectionTable(64);
        Map<Long, TcpConnection> model = new HashMap<>();
        Random r = new Random(1);
        for (int step = 0; step < 20_000; step++) {
            // Few distinct remote ports: keys collide in their home slots often.
            int port = 1 + r.nextInt(100);
            long key = ConnectionTable.key(VirtualWire.IP_B, port, 80);
            TcpConnection existing = model.get(key);
            assertSame(existing, table.find(key));
            if (existing != null && r.nextInt(3) > 0) {
                table.remove(existing);
                model.remove(key);
            } else if (existing == null && !table.isFull()) {
                TcpConnection c = new TcpConnection(stack, null, 80, VirtualWire.IP_B, port, 0, TcpState.SYN_SENT);
                table.add(c);
                model.put(key, c);
            }
            assertEquals(model.size(), table.size());
        }
        for (int i = 0; i < table.size(); i++) {
            assertSame(table.get(i), model.get(table.get(i).key));
        }
    }
}
