package org.torito.vmm.net.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.torito.packet.Ipv4Address;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.UdpSocket;

/**
 * A UserNetwork between real host sockets and a fake multi-core guest running the guest's own
 * stack on every queue. Real time, real sockets; no assertion depends on timing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UserNetworkTest {
    static final int ECHO = 7;
    static final int SOURCE = 9;
    static final int ABORT = 11;
    static final int NOBODY = 12;
    static final int UDP_ECHO = 5353;
    static final int CORES = 4;
    static final int OUTBOUND = 5432;

    private GuestCores guest;
    private UserNetwork net;
    private GuestServices.Echo echo;
    private final List<ForwardRule> rules = new ArrayList<>();
    private final List<OutboundRule> outbound = new ArrayList<>();
    private UserNetwork.Limits limits = UserNetwork.Limits.defaults();
    private long guestWithOpenQueues = -1L;

    static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    static ForwardRule tcp(int guestPort) {
        return ForwardRule.parse("127.0.0.1:0", guestPort, "tcp");
    }

    /** Boots the fake guest with its services and a network forwarding {@code forwards}. */
    private void boot(GuestServices.Source source, ForwardRule... forwards) throws Exception {
        guest = new GuestCores(CORES);
        guest.openQueues = guestWithOpenQueues;
        echo = new GuestServices.Echo();
        rules.addAll(List.of(forwards));
        net = new UserNetwork(CORES, rules, outbound, guest, limits);
        guest.attach(net);
        GuestServices.Source src = source;
        UdpSocket[] udp = new UdpSocket[CORES];
        guest.onEachCore((q, stack) -> {
            stack.listen(ECHO, 64, echo);
            stack.listen(ABORT, 8, new GuestServices.Aborter());
            if (src != null) {
                stack.listen(SOURCE, 8, src);
            }
            udp[q] = stack.bindUdp(UDP_ECHO);
        });
        byte[] datagram = new byte[2048];
        guest.everyTurn(() -> {
            for (UdpSocket s : udp) {
                int n;
                while ((n = s.receive(datagram, 0, datagram.length)) >= 0) {
                    s.sendTo(s.lastSource(), s.lastSourcePort(), datagram, 0, n);
                }
            }
        });
        net.start();
    }

    @AfterEach
    void shutdown() throws Exception {
        if (net != null) {
            UserNetwork.Stats s = net.stats();
            assertEquals(0, s.internalErrors(), "network thread errors: " + s.firstError());
            net.close();
        }
        if (guest != null) {
            guest.close();
        }
    }

    private Socket connect(ForwardRule rule) throws IOException {
        Socket s = new Socket();
        s.connect(net.boundAddress(rule), 5000);
        s.setSoTimeout(30_000);
        return s;
    }

    /** Sends {@code body} through the echo forward from one thread and reads it back. */
    private static byte[] echoDigest(Socket s, byte[] body, ExecutorService pool) throws Exception {
        Future<?> writer = pool.submit(() -> {
            OutputStream out = s.getOutputStream();
            for (int off = 0; off < body.length; off += 65536) {
                out.write(body, off, Math.min(65536, body.length - off));
            }
            s.shutdownOutput();
            return null;
        });
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        InputStream in = s.getInputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            d.update(buf, 0, n);
            total += n;
        }
        writer.get();
        assertEquals(body.length, total, "echoed byte count");
        return d.digest();
    }

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    /** Echoes each connection it accepts on its own thread until the client half-closes. */
    private static void echoServer(ServerSocket server) {
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofPlatform().daemon().start(() -> {
                        try (s) {
                            s.getInputStream().transferTo(s.getOutputStream());
                            s.shutdownOutput();
                        } catch (IOException e) {
                            // the test sees the difference in what the guest received
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /** Opens a connection from core {@code q}'s stack to the gateway's {@code port}, run by {@code client}. */
    private int connectFromGuest(int q, int port, GuestServices.Client client) throws InterruptedException {
        int[] local = new int[1];
        guest.onEachCore((core, stack) -> {
            if (core == q) {
                TcpConnection c = stack.connect(UserNetwork.GATEWAY_IP, port);
                c.setService(client);
                local[0] = c.localPort();
            }
        });
        return local[0];
    }

    @Test
    void guestConnectionsToAnOutboundPortReachTheHostAndAnswersComeBackOnTheirCore() throws Exception {
        try (ServerSocket host = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            echoServer(host);
            outbound.add(OutboundRule.parse(OUTBOUND, "127.0.0.1:" + host.getLocalPort()));
            boot(null);
            GuestServices.Client[] clients = new GuestServices.Client[CORES];
            int[] ports = new int[CORES];
            for (int q = 0; q < CORES; q++) {
                // More than the windows and buffers hold, so both directions meet back-pressure.
                clients[q] = new GuestServices.Client(pattern(600_000 + q, q));
                ports[q] = connectFromGuest(q, OUTBOUND, clients[q]);
            }
            for (int q = 0; q < CORES; q++) {
                assertTrue(clients[q].closed.get(60, TimeUnit.SECONDS), "core " + q + "'s connection was reset");
                assertArrayEquals(pattern(600_000 + q, q), clients[q].received(), "core " + q + "'s echo");
                assertEquals(Set.of(q), guest.toGuestQueues.get(OUTBOUND << 16 | ports[q]),
                        "the answers to core " + q + "'s connection went to other queues");
            }
        }
    }

    @Test
    void aHostThatRefusesResetsTheGuestsConnectionAndAPortWithoutARuleRefusesIt() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        outbound.add(OutboundRule.parse(OUTBOUND, "127.0.0.1:" + closedPort));
        boot(null);
        GuestServices.Client refusedByHost = new GuestServices.Client(pattern(1000, 1));
        connectFromGuest(1, OUTBOUND, refusedByHost);
        assertEquals(false, refusedByHost.closed.get(30, TimeUnit.SECONDS), "expected a reset");
        GuestServices.Client noRule = new GuestServices.Client(pattern(1000, 2));
        connectFromGuest(2, OUTBOUND + 1, noRule);
        assertEquals(false, noRule.closed.get(30, TimeUnit.SECONDS), "expected a reset");
        assertEquals(false, noRule.wasEstablished(), "the gateway accepted a port no rule names");
        assertEquals(0, net.stats().relays(), "relays left behind");
    }

    /**
     * A host that never answers the SYN (here a listener whose accept queue is full, so Linux drops
     * further SYNs) resets the guest's connection at the connect timeout, instead of leaving the
     * guest to wait for as long as the host's TCP retries.
     */
    @Test
    void aConnectToTheHostThatHangsResetsTheGuestsConnectionAtTheTimeout() throws Exception {
        List<Socket> filling = new ArrayList<>();
        try (ServerSocket host = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), host.getLocalPort());
            // Linux queues backlog + 1 connections; one more is left unanswered. Check that here, so
            // the test cannot pass on a host whose connect fails at once.
            boolean hangs = false;
            for (int i = 0; i < 4 && !hangs; i++) {
                Socket s = new Socket();
                filling.add(s);
                try {
                    s.connect(address, 300);
                } catch (SocketTimeoutException e) {
                    hangs = true;
                }
            }
            assertTrue(hangs, "connects to a full listener did not hang; the test needs them to");
            limits = new UserNetwork.Limits(32768, 1024, 256, 2048, 64 * 1024, TimeUnit.MILLISECONDS.toNanos(500));
            outbound.add(OutboundRule.parse(OUTBOUND, "127.0.0.1:" + host.getLocalPort()));
            boot(null);
            GuestServices.Client client = new GuestServices.Client(pattern(1000, 3));
            long start = System.nanoTime();
            connectFromGuest(0, OUTBOUND, client);
            assertEquals(false, client.closed.get(10, TimeUnit.SECONDS), "expected a reset");
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(took >= 450, "reset after " + took + " ms, before the 500 ms timeout");
            assertTrue(client.wasEstablished(), "the guest's own connect should have succeeded first");
            assertEquals(0, net.stats().relays(), "relays left behind");
        } finally {
            for (Socket s : filling) {
                s.close();
            }
        }
    }

    @Test
    void oneAndSixteenMebibytesEchoIntactBothWays() throws Exception {
        ForwardRule rule = tcp(ECHO);
        boot(null, rule);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            for (int size : new int[] {1 << 20, 16 << 20}) {
                byte[] body = pattern(size, size);
                try (Socket s = connect(rule)) {
                    assertArrayEquals(sha256(body), echoDigest(s, body, pool), size + " bytes");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        UserNetwork.Stats stats = net.stats();
        assertTrue(stats.backlogHighWater() <= UserNetwork.Limits.defaults().backlogFramesPerQueue());
    }

    @Test
    void manyConnectionsSpreadOverQueuesAndEachFlowStaysOnOne() throws Exception {
        ForwardRule rule = tcp(ECHO);
        boot(null, rule);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int seed = i;
                results.add(pool.submit(() -> {
                    byte[] body = pattern(40_000 + seed * 997, seed);
                    try (Socket s = connect(rule)) {
                        ExecutorService writer = Executors.newSingleThreadExecutor();
                        try {
                            return MessageDigest.isEqual(sha256(body), echoDigest(s, body, writer));
                        } finally {
                            writer.shutdownNow();
                        }
                    }
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(), "an echoed body differs");
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Integer> used = new HashSet<>();
        int flows = 0;
        for (var e : guest.toGuestQueues.entrySet()) {
            if ((e.getKey() & 0xFFFF) != ECHO) {
                continue;
            }
            flows++;
            assertEquals(1, e.getValue().size(), "flow " + (e.getKey() >>> 16) + " reached queues " + e.getValue());
            Set<Integer> back = guest.fromGuestQueues.get(e.getKey());
            assertEquals(e.getValue(), back, "the guest answered a flow from another queue");
            used.addAll(e.getValue());
        }
        assertEquals(48, flows);
        assertTrue(used.size() >= 3, "48 flows used only queues " + used);
    }

    /**
     * A core opens its queue when its program first uses the network: new flows go only to open
     * queues (a plain-Java server on core 0 of a 4-core VM gets them all), and a queue that opens
     * later takes new flows without moving live ones.
     */
    @Test
    void newFlowsGoOnlyToOpenQueuesAndLiveFlowsStayWhenMoreOpen() throws Exception {
        ForwardRule rule = tcp(ECHO);
        guestWithOpenQueues = 0b0101L;
        boot(null, rule);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket s = connect(rule);
                held.add(s);
                assertEchoes(s, "before " + i);
            }
            assertEquals(Set.of(0, 2), echoQueues(), "queues the flows went to while only 0 and 2 were open");
            guest.openQueues = -1L;
            for (int i = 0; i < 16; i++) {
                assertEchoes(held.get(i), "after " + i);
            }
            for (int i = 0; i < 32; i++) {
                try (Socket s = connect(rule)) {
                    assertEchoes(s, "new " + i);
                }
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        for (var e : guest.toGuestQueues.entrySet()) {
            if ((e.getKey() & 0xFFFF) == ECHO) {
                assertEquals(1, e.getValue().size(), "flow " + (e.getKey() >>> 16) + " reached queues " + e.getValue());
            }
        }
        Set<Integer> all = echoQueues();
        assertTrue(all.contains(1) || all.contains(3), "48 flows, none on the queues opened later: " + all);
    }

    private Set<Integer> echoQueues() {
        Set<Integer> used = new HashSet<>();
        for (var e : guest.toGuestQueues.entrySet()) {
            if ((e.getKey() & 0xFFFF) == ECHO) {
                used.addAll(e.getValue());
            }
        }
        return used;
    }

    private static void assertEchoes(Socket s, String text) throws IOException {
        byte[] sent = (text + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        s.getOutputStream().write(sent);
        byte[] back = s.getInputStream().readNBytes(sent.length);
        assertArrayEquals(sent, back, "echo of \"" + text + "\"");
    }

    @Test
    void slowHostReaderStopsTheGuestWithBoundedBuffers() throws Exception {
        byte[] data = pattern((1 << 20) + 7, 5);
        long total = 8L << 20;
        GuestServices.Source source = new GuestServices.Source(total, data);
        ForwardRule rule = tcp(SOURCE);
        boot(source, rule);
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(16 * 1024);
            s.connect(net.boundAddress(rule), 5000);
            s.setSoTimeout(30_000);
            // Do not read until the guest stops making progress: back-pressure reached it.
            long last = -1;
            while (source.written.get() != last) {
                last = source.written.get();
                Thread.sleep(300);
            }
            assertTrue(last < total, "the guest wrote everything although the host read nothing");
            UserNetwork.Stats stats = net.stats();
            assertTrue(stats.bufferedBytes() <= 512 * 1024, "monitor buffers " + stats.bufferedBytes() + " bytes");
            MessageDigest got = MessageDigest.getInstance("SHA-256");
            MessageDigest want = MessageDigest.getInstance("SHA-256");
            for (long off = 0; off < total; ) {
                int n = (int) Math.min(total - off, data.length - off % data.length);
                want.update(data, (int) (off % data.length), n);
                off += n;
            }
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            long read = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                got.update(buf, 0, n);
                read += n;
                if ((read & 0xFFFFF) < 4096) {
                    Thread.sleep(20); // stay slow
                }
            }
            assertEquals(total, read);
            assertArrayEquals(want.digest(), got.digest());
        }
    }

    @Test
    void guestClosesFirst() throws Exception {
        byte[] data = pattern(100_000, 3);
        ForwardRule rule = tcp(SOURCE);
        boot(new GuestServices.Source(data.length, data), rule);
        try (Socket s = connect(rule)) {
            byte[] got = s.getInputStream().readAllBytes(); // ends at the guest's FIN
            assertArrayEquals(data, got);
            s.getOutputStream().write("late".getBytes()); // the half-open host side may still send
        }
    }

    @Test
    void hostClosesFirstAndStillReadsTheReply() throws Exception {
        ForwardRule rule = tcp(ECHO);
        boot(null, rule);
        try (Socket s = connect(rule)) {
            s.getOutputStream().write("hello, guest".getBytes());
            s.shutdownOutput();
            assertEquals("hello, guest", new String(s.getInputStream().readAllBytes()));
        }
        waitFor(() -> echo.closes.get() == 1, "the guest connection closed normally");
        waitFor(() -> net.stats().relays() == 0, "the relay finished");
    }

    @Test
    void hostResetResetsTheGuestConnection() throws Exception {
        ForwardRule rule = tcp(ECHO);
        boot(null, rule);
        Socket s = connect(rule);
        s.getOutputStream().write("x".getBytes());
        assertEquals('x', s.getInputStream().read());
        s.setSoLinger(true, 0);
        s.close();
        waitFor(() -> echo.resets.get() == 1, "the guest saw a reset");
        assertEquals(0, echo.closes.get());
    }

    @Test
    void guestResetAndRefusalResetTheHostSocket() throws Exception {
        ForwardRule abort = tcp(ABORT);
        ForwardRule nobody = tcp(NOBODY);
        boot(null, abort, nobody);
        try (Socket s = connect(abort)) {
            s.getOutputStream().write("x".getBytes());
            assertThrows(SocketException.class, () -> s.getInputStream().read());
        }
        // No listener in the guest: the reset may even beat the host's connect() back.
        assertThrows(SocketException.class, () -> {
            try (Socket s = connect(nobody)) {
                s.getInputStream().read();
            }
        });
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            GuestCores g = new GuestCores(1);
            try (UserNetwork n = new UserNetwork(1, List.of(ForwardRule.parse("127.0.0.1:" + port, 80, "tcp")), g)) {
                ForwardBindException e = assertThrows(ForwardBindException.class, n::start);
                assertEquals("forward tcp 127.0.0.1:" + port + " -> guest 80: cannot listen on host 127.0.0.1:"
                        + port + ": address already in use", e.getMessage());
            } finally {
                g.close();
            }
        }
    }

    @Test
    void udpForwardRoundTrip() throws Exception {
        ForwardRule rule = ForwardRule.parse("127.0.0.1:0", UDP_ECHO, "udp");
        boot(null, rule);
        try (DatagramSocket a = new DatagramSocket(); DatagramSocket b = new DatagramSocket()) {
            a.setSoTimeout(10_000);
            b.setSoTimeout(10_000);
            for (int i = 0; i < 3; i++) {
                for (DatagramSocket s : new DatagramSocket[] {a, b}) {
                    byte[] msg = ("ping " + i + " from " + s.getLocalPort()).getBytes();
                    s.send(new DatagramPacket(msg, msg.length, net.boundAddress(rule)));
                    DatagramPacket reply = new DatagramPacket(new byte[2048], 2048);
                    s.receive(reply);
                    assertEquals(new String(msg), new String(reply.getData(), 0, reply.getLength()));
                    assertEquals(net.boundAddress(rule).getPort(), reply.getPort());
                }
            }
        }
    }

    @Test
    void ruleNamesItsHostAddress() throws Exception {
        ForwardRule rule = tcp(ECHO);
        boot(null, rule);
        assertEquals(Ipv4Address.of(127, 0, 0, 1), rule.hostAddress());
        assertTrue(net.boundAddress(rule).getPort() > 0);
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition c, String what) throws Exception {
        for (int i = 0; i < 1000; i++) {
            if (c.holds()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
