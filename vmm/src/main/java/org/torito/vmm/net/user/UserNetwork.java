package org.torito.vmm.net.user;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Address;
import org.torito.tcpip.NetworkConfig;
import org.torito.tcpip.NetworkStack;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.TcpService;
import org.torito.vmm.net.GuestPort;
import org.torito.vmm.net.NetworkBackend;

/**
 * The user-mode network backend (slirp-like, no privileges): the monitor is the guest's gateway
 * on 10.0.2.0/24, forwards host ports into the guest, and connects the guest to the host
 * addresses its outbound rules name (the guest connects to 10.0.2.2:port). One thread runs
 * everything: a Selector for the host sockets, the frames the guest sent (handed over through a bounded
 * ring), and the gateway stack's timers.
 */
public final class UserNetwork implements NetworkBackend {
    public static final int NETMASK = Ipv4Address.of(255, 255, 255, 0);
    public static final int GATEWAY_IP = Ipv4Address.of(10, 0, 2, 2);
    public static final int GUEST_IP = Ipv4Address.of(10, 0, 2, 15);
    public static final long GATEWAY_MAC = 0x52550A000202L;
    /** The MAC the virtio-net device should give the guest (every queue shares it). */
    public static final long GUEST_MAC = 0x525400123456L;

    /**
     * Tunables. The link to the guest is virtual, so its MTU need not be Ethernet's: 32 KiB
     * frames carry a TCP stream in a twentieth of the frames (each costs this thread and the
     * guest a fixed amount), while a 128 KiB connection buffer on either side still holds four
     * segments, so the sender never waits for an ACK with a single segment in flight.
     * {@code relayBuffer} is the most a relay moves per host read or write (two such buffers
     * serve every relay); {@code inboundFrames} is the ring of frames from the guest.
     * {@code connectTimeoutNanos} bounds a connect to the host for the guest (an outbound rule):
     * the guest's own connect has succeeded by then and it waits for data, and an address that
     * drops SYNs would otherwise hold it for as long as the host's TCP retries (~2 minutes on
     * Linux); a service on the host answers in milliseconds.
     */
    public record Limits(int mtu, int maxConnections, int inboundFrames, int backlogFramesPerQueue,
            int relayBuffer, long connectTimeoutNanos) {
        public static Limits defaults() {
            return new Limits(32768, 1024, 256, 2048, 64 * 1024, TimeUnit.SECONDS.toNanos(10));
        }
    }

    /** A snapshot for tests and diagnostics. */
    public record Stats(int relays, long bufferedBytes, int backlogFrames, int backlogHighWater,
            long droppedFromGuest, long droppedToGuest, long inboundFull, long[] framesToGuest, long internalErrors,
            String firstError) {
    }

    private static final class Inbound {
        final byte[] data;
        int length;
        int queue;
        boolean checksumPartial;

        Inbound(int size) {
            data = new byte[size];
        }
    }

    /** Connections the host's kernel holds for a forward rule before the network thread accepts them. */
    static final int HOST_BACKLOG = 1024;
    /** Connections from the guest to one outbound port that may be opening at once. */
    static final int OUTBOUND_BACKLOG = 128;

    private final int queueCount;
    private final List<ForwardRule> rules;
    private final List<OutboundRule> outbound;
    private final Limits limits;
    private final Gateway gateway;
    private final NetworkStack stack;
    private final ArrayBlockingQueue<Inbound> inbound;
    private final ArrayBlockingQueue<Inbound> inboundFree;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Map<ForwardRule, InetSocketAddress> bound = new HashMap<>();
    private final List<SelectionKey> pausedAccepts = new ArrayList<>();
    private final Set<TcpRelay> relays = new HashSet<>();
    /** Outbound relays in the order their connects started, so in deadline order too. */
    private final ArrayDeque<TcpRelay> connecting = new ArrayDeque<>();
    private final Map<Integer, UdpForward> udpByGatewayPort = new HashMap<>();
    private final Map<Integer, InetSocketAddress> udpPeerByGatewayPort = new HashMap<>();
    private final ByteBuffer fromHostScratch;
    private final ByteBuffer toHostScratch;
    private final ByteBuffer udpScratch = ByteBuffer.allocate(65536);
    private int nextUdpPort = 1024;
    private Selector selector;
    private Thread thread;
    private volatile boolean running;
    private volatile long inboundFull;
    private long internalErrors;
    private String firstError;

    public UserNetwork(int queueCount, List<ForwardRule> forwards, GuestPort port) {
        this(queueCount, forwards, List.of(), port, Limits.defaults());
    }

    public UserNetwork(int queueCount, List<ForwardRule> forwards, List<OutboundRule> outbound, GuestPort port) {
        this(queueCount, forwards, outbound, port, Limits.defaults());
    }

    public UserNetwork(int queueCount, List<ForwardRule> forwards, GuestPort port, Limits limits) {
        this(queueCount, forwards, List.of(), port, limits);
    }

    public UserNetwork(int queueCount, List<ForwardRule> forwards, List<OutboundRule> outbound, GuestPort port,
            Limits limits) {
        if (queueCount < 1) {
            throw new IllegalArgumentException("queueCount: " + queueCount + " is below 1");
        }
        this.queueCount = queueCount;
        this.rules = List.copyOf(forwards);
        this.outbound = List.copyOf(outbound);
        this.limits = limits;
        // The link to the guest is a lossless point-to-point wire, so a short TIME-WAIT is safe
        // and keeps the gateway's table small under connection churn.
        NetworkConfig config = new NetworkConfig(GATEWAY_MAC, GATEWAY_IP, NETMASK, GATEWAY_IP).mtu(limits.mtu())
                .maxConnections(limits.maxConnections()).mslNanos(250_000_000L)
                .isnSecret(new SecureRandom().nextLong());
        this.gateway = new Gateway(queueCount, port, System::nanoTime, config, GUEST_IP,
                limits.backlogFramesPerQueue());
        this.gateway.udpSink(this::udpFromGuest);
        this.stack = gateway.stack;
        for (OutboundRule rule : this.outbound) {
            // The guest's core picks the connection's port, so the gateway must answer on the
            // queue the SYN came from, not the one the 4-tuple hashes to.
            gateway.learnsQueuesFor(rule.gatewayPort());
            stack.listen(rule.gatewayPort(), OUTBOUND_BACKLOG, new OutboundAcceptor(rule));
        }
        int frameSize = EthernetFrame.HEADER_LENGTH + limits.mtu();
        this.inbound = new ArrayBlockingQueue<>(limits.inboundFrames());
        this.inboundFree = new ArrayBlockingQueue<>(limits.inboundFrames());
        for (int i = 0; i < limits.inboundFrames(); i++) {
            inboundFree.add(new Inbound(frameSize));
        }
        this.fromHostScratch = ByteBuffer.allocate(limits.relayBuffer());
        this.toHostScratch = ByteBuffer.allocate(limits.relayBuffer());
    }

    public int queueCount() {
        return queueCount;
    }

    /**
     * Binds every forward rule's host address, then starts the network thread. A host port in
     * use (or any bind failure) throws {@link ForwardBindException} naming the rule; nothing
     * stays bound then.
     */
    @Override
    public synchronized void start() throws IOException {
        if (selector != null) {
            throw new IllegalStateException("UserNetwork already started");
        }
        Selector s = Selector.open();
        try {
            for (ForwardRule rule : rules) {
                InetSocketAddress address = hostAddress(rule.hostAddress(), rule.hostPort());
                try {
                    if (rule.protocol() == ForwardRule.Protocol.TCP) {
                        ServerSocketChannel server = ServerSocketChannel.open();
                        server.configureBlocking(false);
                        server.register(s, SelectionKey.OP_ACCEPT, rule);
                        // A deep host backlog: a client opening many connections at once would
                        // otherwise see SYNs dropped and wait a second for its retransmission.
                        server.bind(address, HOST_BACKLOG);
                        bound.put(rule, (InetSocketAddress) server.getLocalAddress());
                    } else {
                        DatagramChannel channel = DatagramChannel.open();
                        channel.configureBlocking(false);
                        channel.register(s, SelectionKey.OP_READ, new UdpForward(rule, channel));
                        channel.bind(address);
                        bound.put(rule, (InetSocketAddress) channel.getLocalAddress());
                    }
                } catch (BindException e) {
                    throw new ForwardBindException("forward " + rule + ": cannot listen on host "
                            + Ipv4Address.toString(rule.hostAddress()) + ":" + rule.hostPort() + ": "
                            + (e.getMessage() == null ? "bind failed" : e.getMessage().toLowerCase()), e);
                } catch (IOException e) {
                    throw new ForwardBindException("forward " + rule + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeAll(s);
            bound.clear();
            throw e;
        }
        selector = s;
        running = true;
        thread = Thread.ofPlatform().name("torito-usernet").daemon().start(this::run);
    }

    /** The host address a rule is listening on (its real port when the rule asked for 0). */
    public InetSocketAddress boundAddress(ForwardRule rule) {
        InetSocketAddress a = bound.get(rule);
        if (a == null) {
            throw new IllegalArgumentException("not a started rule of this network: " + rule);
        }
        return a;
    }

    @Override
    public boolean fromGuest(int queue, byte[] frame, int offset, int length) {
        return fromGuest(queue, frame, offset, length, false);
    }

    @Override
    public boolean acceptsPartialChecksums() {
        return true;
    }

    @Override
    public boolean takesFramesOnOneThread() {
        return true;
    }

    @Override
    public boolean fromGuest(int queue, byte[] frame, int offset, int length, boolean checksumPartial) {
        Inbound slot = inboundFree.poll();
        if (slot == null) {
            inboundFull++;
            return false;
        }
        if (offset < 0 || length < 0 || length > slot.data.length || offset > frame.length - length) {
            inboundFree.offer(slot);
            return true; // malformed descriptor: dropped, as a wire would
        }
        System.arraycopy(frame, offset, slot.data, 0, length);
        slot.length = length;
        slot.queue = queue;
        slot.checksumPartial = checksumPartial;
        inbound.offer(slot);
        wakeUp();
        return true;
    }

    @Override
    public void guestReceiveReady(int queue) {
        wakeUp();
    }

    private void wakeUp() {
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    /** Counters and buffer occupancy, read on the network thread. */
    public Stats stats() {
        CompletableFuture<Stats> f = new CompletableFuture<>();
        Runnable task = () -> {
            long buffered = gateway.backlog().bytes();
            for (TcpRelay r : relays) {
                buffered += r.bufferedBytes();
            }
            f.complete(new Stats(relays.size(), buffered, gateway.backlog().frames(),
                    gateway.backlog().highWater(), gateway.droppedFromGuest(), gateway.droppedToGuest(),
                    inboundFull, gateway.framesToGuest(), internalErrors, firstError));
        };
        if (!running) {
            throw new IllegalStateException("UserNetwork is not running");
        }
        tasks.add(task);
        selector.wakeup();
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("network thread did not answer: " + e, e);
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            if (t == null) {
                return;
            }
            running = false;
            thread = null;
        }
        selector.wakeup();
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the network thread ----

    private void run() {
        try {
            while (running) {
                loopOnce();
            }
        } catch (ClosedSelectorException e) {
            // closed under us: fall through to cleanup
        } finally {
            for (TcpRelay r : new ArrayList<>(relays)) {
                r.resetBoth();
            }
            closeAll(selector);
        }
    }

    private void loopOnce() {
        long stackDeadline = stack.nextDeadline();
        long deadline = stackDeadline;
        TcpRelay nextConnect = connecting.peek();
        if (nextConnect != null && (deadline == Long.MAX_VALUE || nextConnect.connectDeadline() - deadline < 0)) {
            deadline = nextConnect.connectDeadline();
        }
        try {
            if (!inbound.isEmpty() || !tasks.isEmpty()) {
                selector.selectNow();
            } else if (deadline == Long.MAX_VALUE) {
                selector.select();
            } else {
                long wait = (deadline - System.nanoTime() + 999_999) / 1_000_000;
                if (wait <= 0) {
                    selector.selectNow();
                } else {
                    selector.select(wait);
                }
            }
        } catch (IOException e) {
            error(e);
        }
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            try {
                if (key.isValid()) {
                    hostEvent(key);
                }
            } catch (RuntimeException e) {
                error(e);
            }
        }
        for (int i = 0; i < 4 * limits.inboundFrames(); i++) {
            Inbound f = inbound.poll();
            if (f == null) {
                break;
            }
            try {
                gateway.fromGuest(f.queue, f.data, 0, f.length, f.checksumPartial);
            } catch (RuntimeException e) {
                error(e);
            }
            inboundFree.offer(f);
        }
        try {
            gateway.retryBacklog();
            if (stackDeadline != Long.MAX_VALUE && System.nanoTime() - stackDeadline >= 0) {
                stack.poll(System.nanoTime());
            }
            giveUpLateConnects(System.nanoTime());
        } catch (RuntimeException e) {
            error(e);
        }
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        if (!pausedAccepts.isEmpty() && stack.connectionCount() < limits.maxConnections()) {
            for (SelectionKey key : pausedAccepts) {
                if (key.isValid()) {
                    key.interestOps(SelectionKey.OP_ACCEPT);
                }
            }
            pausedAccepts.clear();
        }
    }

    /** Resets the guest's side of each outbound connect to the host that is past its deadline. */
    private void giveUpLateConnects(long now) {
        for (TcpRelay head; (head = connecting.peek()) != null; connecting.poll()) {
            if (head.connecting()) {
                if (now - head.connectDeadline() < 0) {
                    return;
                }
                head.resetBoth();
            }
        }
    }

    /** Bugs must not take the guest's network down; they are counted and the first is kept. */
    private void error(Exception e) {
        if (internalErrors++ == 0) {
            firstError = e.toString();
            System.getLogger(UserNetwork.class.getName()).log(System.Logger.Level.ERROR, "user network", e);
        }
    }

    private void hostEvent(SelectionKey key) {
        Object a = key.attachment();
        if (a instanceof TcpRelay relay) {
            relay.hostReady(key.readyOps());
        } else if (a instanceof ForwardRule rule) {
            accept(key, rule);
        } else if (a instanceof UdpForward forward) {
            udpFromHost(forward);
        }
    }

    private void accept(SelectionKey key, ForwardRule rule) {
        ServerSocketChannel server = (ServerSocketChannel) key.channel();
        while (true) {
            if (stack.connectionCount() >= limits.maxConnections()) {
                key.interestOps(0); // the listen backlog holds further connections meanwhile
                pausedAccepts.add(key);
                return;
            }
            SocketChannel host;
            try {
                host = server.accept();
            } catch (IOException e) {
                error(e);
                return;
            }
            if (host == null) {
                return;
            }
            TcpRelay relay = new TcpRelay(host, fromHostScratch, toHostScratch, relays::remove);
            try {
                if (relay.open(stack, selector, GUEST_IP, rule.guestPort())) {
                    relays.add(relay);
                    continue;
                }
            } catch (IOException e) {
                error(e);
            }
            relay.resetBoth();
        }
    }

    /**
     * The gateway's listener on an outbound rule's port. The gateway completes the guest's
     * handshake at once, then connects to the host; a host that refuses resets the guest's
     * connection (its connect has succeeded by then, unlike with a refusal in the guest's own network).
     */
    private final class OutboundAcceptor implements TcpService {
        private final OutboundRule rule;

        OutboundAcceptor(OutboundRule rule) {
            this.rule = rule;
        }

        @Override
        public void onAccept(TcpConnection connection) {
            TcpRelay relay;
            try {
                relay = new TcpRelay(SocketChannel.open(), fromHostScratch, toHostScratch, relays::remove);
            } catch (IOException e) {
                error(e);
                connection.abort();
                return;
            }
            relays.add(relay);
            relay.connectOut(connection, selector, hostAddress(rule.host().ip(), rule.host().port()),
                    System.nanoTime() + limits.connectTimeoutNanos());
            if (relay.connecting()) {
                connecting.add(relay);
            }
        }

        @Override
        public void onReceive(TcpConnection connection) {
        }

        @Override
        public void onWritable(TcpConnection connection) {
        }

        @Override
        public void onClose(TcpConnection connection) {
        }
    }

    private static InetSocketAddress hostAddress(int ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {
                    (byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip}), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private void udpFromHost(UdpForward forward) {
        for (int i = 0; i < 64; i++) {
            udpScratch.clear();
            SocketAddress from;
            try {
                from = forward.channel.receive(udpScratch);
            } catch (IOException e) {
                error(e);
                return;
            }
            if (!(from instanceof InetSocketAddress peer)) {
                return;
            }
            Integer port = forward.portOf(peer);
            if (port == null) {
                int evicted = forward.evictIfFull();
                if (evicted >= 0) {
                    udpByGatewayPort.remove(evicted);
                    udpPeerByGatewayPort.remove(evicted);
                }
                port = allocateUdpPort();
                forward.associate(peer, port);
                udpByGatewayPort.put(port, forward);
                udpPeerByGatewayPort.put(port, peer);
            }
            gateway.sendUdpToGuest(port, forward.rule.guestPort(), udpScratch.array(), 0, udpScratch.position());
        }
    }

    private int allocateUdpPort() {
        while (true) {
            int p = nextUdpPort;
            nextUdpPort = nextUdpPort == 65535 ? 1024 : nextUdpPort + 1;
            if (!udpByGatewayPort.containsKey(p)) {
                return p;
            }
        }
    }

    private void udpFromGuest(int gatewayPort, int guestPort, byte[] b, int off, int len) {
        UdpForward forward = udpByGatewayPort.get(gatewayPort);
        if (forward == null || forward.rule.guestPort() != guestPort) {
            return;
        }
        udpScratch.clear();
        udpScratch.put(b, off, len).flip();
        try {
            forward.channel.send(udpScratch, udpPeerByGatewayPort.get(gatewayPort));
        } catch (IOException e) {
            // the host peer went away: UDP has no one to tell
        }
    }

    private static void closeAll(Selector s) {
        if (s == null || !s.isOpen()) {
            return;
        }
        for (SelectionKey key : s.keys()) {
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // closing on shutdown: nothing to recover
            }
        }
        try {
            s.close();
        } catch (IOException ignored) {
            // as above
        }
    }
}
