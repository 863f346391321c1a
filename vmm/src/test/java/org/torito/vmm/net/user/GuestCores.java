package org.torito.vmm.net.user;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import org.torito.packet.BigEndian;
import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Packet;
import org.torito.tcpip.NetworkConfig;
import org.torito.tcpip.NetworkStack;
import org.torito.vmm.net.GuestPort;

/**
 * A fake multi-core guest: one real guest NetworkStack per queue (same MAC and address on every
 * core, as in the VM), driven by one thread. Each queue has a small bounded receive ring, so
 * the backend meets back-pressure. Records which queues each TCP flow's frames used.
 */
final class GuestCores implements GuestPort, AutoCloseable {
    static final int RING = 128;

    final NetworkStack[] stacks;
    private final ConcurrentLinkedQueue<byte[]>[] rings;
    private final AtomicInteger[] ringSizes;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Flow (gateway port << 16 | guest port) to the queues its frames used, each way. */
    final ConcurrentHashMap<Integer, Set<Integer>> toGuestQueues = new ConcurrentHashMap<>();
    final ConcurrentHashMap<Integer, Set<Integer>> fromGuestQueues = new ConcurrentHashMap<>();
    final AtomicInteger refusedDeliveries = new AtomicInteger();
    /** Bit q: core q has opened its queue (GuestPort.queueLive); all of them unless a test says otherwise. */
    volatile long openQueues = -1L;
    private volatile UserNetwork network;
    private volatile boolean running = true;
    private final Thread thread;

    @SuppressWarnings("unchecked")
    GuestCores(int cores) {
        stacks = new NetworkStack[cores];
        rings = new ConcurrentLinkedQueue[cores];
        ringSizes = new AtomicInteger[cores];
        for (int q = 0; q < cores; q++) {
            int queue = q;
            rings[q] = new ConcurrentLinkedQueue<>();
            ringSizes[q] = new AtomicInteger();
            NetworkConfig config = new NetworkConfig(UserNetwork.GUEST_MAC, UserNetwork.GUEST_IP, UserNetwork.NETMASK,
                    UserNetwork.GATEWAY_IP).isnSecret(1234 + q).ephemeralShare(q, cores);
            stacks[q] = new NetworkStack(config, (f, off, len) -> {
                record(fromGuestQueues, f, off, len, true, queue);
                return network.fromGuest(queue, f, off, len);
            }, System::nanoTime);
        }
        thread = Thread.ofPlatform().name("guest-cores").daemon().start(this::run);
    }

    void attach(UserNetwork net) {
        network = net;
    }

    /** Runs {@code setup} on the guest thread for each core, and waits. */
    void onEachCore(BiConsumer<Integer, NetworkStack> setup) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        tasks.add(() -> {
            for (int q = 0; q < stacks.length; q++) {
                setup.accept(q, stacks[q]);
            }
            done.countDown();
        });
        LockSupport.unpark(thread);
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("guest thread did not run the setup");
        }
    }

    /** Runs {@code task} on the guest thread on every loop turn (a polling application). */
    void everyTurn(Runnable task) {
        tasks.add(new Runnable() {
            @Override
            public void run() {
                task.run();
                if (running) {
                    tasks.add(this);
                }
            }
        });
    }

    @Override
    public boolean queueLive(int queue) {
        return (openQueues & 1L << queue) != 0;
    }

    @Override
    public boolean deliver(int queue, byte[] frame, int offset, int length, boolean checksumPartial) {
        if (ringSizes[queue].get() >= RING) {
            refusedDeliveries.incrementAndGet();
            return false;
        }
        record(toGuestQueues, frame, offset, length, false, queue);
        byte[] copy = java.util.Arrays.copyOfRange(frame, offset, offset + length);
        ringSizes[queue].incrementAndGet();
        rings[queue].add(copy);
        LockSupport.unpark(thread);
        return true;
    }

    private static void record(ConcurrentHashMap<Integer, Set<Integer>> map, byte[] f, int off, int len,
            boolean fromGuest, int queue) {
        int ip = off + EthernetFrame.HEADER_LENGTH;
        if (len < ip + 24 || BigEndian.u16(f, off + 12) != EthernetFrame.TYPE_IPV4
                || (f[ip + 9] & 0xFF) != Ipv4Packet.PROTOCOL_TCP) {
            return;
        }
        int l4 = ip + (f[ip] & 0x0F) * 4;
        int source = BigEndian.u16(f, l4);
        int destination = BigEndian.u16(f, l4 + 2);
        int key = fromGuest ? destination << 16 | source : source << 16 | destination;
        map.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(queue);
    }

    private void run() {
        while (running) {
            boolean busy = false;
            for (int q = 0; q < stacks.length; q++) {
                int n = 0;
                byte[] f;
                while ((f = rings[q].poll()) != null) {
                    ringSizes[q].decrementAndGet();
                    stacks[q].receive(f, 0, f.length);
                    n++;
                }
                if (n > 0) {
                    busy = true;
                    network.guestReceiveReady(q);
                }
                long d = stacks[q].nextDeadline();
                if (d != Long.MAX_VALUE && System.nanoTime() - d >= 0) {
                    stacks[q].poll(System.nanoTime());
                }
            }
            int pending = tasks.size();
            for (int i = 0; i < pending; i++) {
                Runnable t = tasks.poll();
                if (t != null) {
                    t.run();
                }
            }
            if (!busy) {
                LockSupport.parkNanos(200_000);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(thread);
        thread.join(5000);
    }
}
