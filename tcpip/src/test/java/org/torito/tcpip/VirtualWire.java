package org.torito.tcpip;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.torito.packet.Ipv4Address;

/**
 * Two stacks joined by an in-memory Ethernet with a fake clock. Each direction can drop or
 * hold frames by their index, so tests lose and reorder segments deterministically.
 */
final class VirtualWire {
    static final long MS = 1_000_000L;
    static final long MAC_A = 0x525400000001L;
    static final long MAC_B = 0x525400000002L;
    static final int IP_A = Ipv4Address.of(10, 0, 2, 15);
    static final int IP_B = Ipv4Address.of(10, 0, 2, 2);
    static final int MASK = Ipv4Address.of(255, 255, 255, 0);

    static final int DELIVER = 0;
    static final int DROP = 1;
    static final int HOLD = 2;

    /** Decides the fate of the n-th frame (counted from 0) in one direction. */
    interface Filter {
        int decide(int index, byte[] frame);
    }

    final class Direction implements FrameLink {
        final ArrayDeque<byte[]> queue = new ArrayDeque<>();
        final List<byte[]> held = new ArrayList<>();
        final List<byte[]> log = new ArrayList<>();
        Filter filter = (i, f) -> DELIVER;
        int count;

        @Override
        public boolean transmit(byte[] frame, int offset, int length) {
            byte[] copy = java.util.Arrays.copyOfRange(frame, offset, offset + length);
            log.add(copy);
            int verdict = filter.decide(count++, copy);
            if (verdict == DELIVER) {
                queue.add(copy);
            } else if (verdict == HOLD) {
                held.add(copy);
            }
            return true;
        }

        void releaseHeld() {
            queue.addAll(held);
            held.clear();
        }
    }

    final FakeClock clock = new FakeClock();
    final Direction toB = new Direction();
    final Direction toA = new Direction();
    final NetworkStack a;
    final NetworkStack b;

    VirtualWire() {
        this(config(MAC_A, IP_A), config(MAC_B, IP_B));
    }

    VirtualWire(NetworkConfig configA, NetworkConfig configB) {
        a = new NetworkStack(configA, toB, clock);
        b = new NetworkStack(configB, toA, clock);
    }

    static NetworkConfig config(long mac, int ip) {
        return new NetworkConfig(mac, ip, MASK, IP_B).isnSecret(mac * 31);
    }

    /** Delivers queued frames both ways until the wire is quiet. */
    void pump() {
        for (int guard = 0; guard < 10_000_000; guard++) {
            byte[] f = toB.queue.poll();
            if (f != null) {
                b.receive(f, 0, f.length);
                continue;
            }
            f = toA.queue.poll();
            if (f != null) {
                a.receive(f, 0, f.length);
                continue;
            }
            return;
        }
        throw new AssertionError("the wire never went quiet: a frame storm");
    }

    /** Moves the clock, fires both stacks' timers and delivers what they send. */
    void advance(long nanos) {
        clock.now += nanos;
        a.poll(clock.now);
        b.poll(clock.now);
        pump();
    }
}
