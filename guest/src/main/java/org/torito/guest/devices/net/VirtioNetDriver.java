package org.torito.guest.devices.net;

import org.torito.guest.devices.DeviceException;
import org.torito.guest.devices.PhysicalMemory;
import org.torito.guest.devices.VirtioMmioDriver;
import org.torito.guest.kernel.DeviceCalls;
import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.kernel.Waitable;
import org.torito.packet.EthernetFrame;
import org.torito.tcpip.FrameLink;
import org.torito.tcpip.NetworkStack;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.net.NetConfig;
import org.torito.virtio.net.NetFeature;
import org.torito.virtio.net.NetHeader;
import org.torito.virtio.queue.DriverQueue;
import org.torito.virtio.queue.QueueLayout;

/**
 * This core's driver for the virtio-net device: its own queue pair (receive 2k, transmit 2k+1
 * on core k) in its own DMA memory, polled. Receive buffers are posted up front, one
 * descriptor each, large enough for a header and a frame of the device's MTU (1500 bytes unless
 * the device says otherwise; the user network's link uses 32 KiB), and reposted as frames are
 * taken; a frame to send is copied into a transmit slot of the same size. Notifications are suppressed both ways with event idx: the
 * device hears of new buffers only when it ran out, and rings this core's doorbell only while
 * the core sleeps ({@link #idle}).
 */
public final class VirtioNetDriver implements Waitable, FrameLink {
    /** The MTU when the device does not give one. */
    private static final int DEFAULT_MTU = 1500;
    /**
     * DMA memory per direction: it comes from the core's small C arena (docs/boot-abi.md), and
     * 1 MiB holds a full queue of 1500-byte frames or 31 frames of 32 KiB, more than a
     * 128 KiB TCP window keeps in flight.
     */
    private static final int DMA_BYTES_PER_DIRECTION = 1 << 20;
    private static final int QUEUE_SIZE = 256;
    /**
     * How long a send waits for a transmit slot before it drops the frame (TCP resends it). As
     * long as the device's own wait for its backend: the link is lossless, and a slot stays
     * taken only while the monitor's thread is off the CPU, which on a busy 2-CPU host lasts
     * several milliseconds; a drop then costs a retransmission timeout, far longer.
     */
    private static final long TX_WAIT_NANOS = 200_000_000;
    private static final long FEATURES = VirtioFeature.bit(VirtioFeature.EVENT_IDX) | VirtioFeature.bit(NetFeature.MAC)
            | VirtioFeature.bit(NetFeature.MQ) | VirtioFeature.bit(NetFeature.STATUS) | VirtioFeature.bit(NetFeature.MTU)
            | VirtioFeature.bit(NetFeature.CSUM) | VirtioFeature.bit(NetFeature.GUEST_CSUM);
    private static final PhysicalMemory MEMORY = PhysicalMemory.INSTANCE;

    private final VirtioMmioDriver device;
    private final int rxIndex;
    private final int txIndex;
    private final DriverQueue rx;
    private final DriverQueue tx;
    private final long mac;
    private final long rxBase;
    private final long txBase;
    /** Which buffer (slot) a descriptor head stands for, per queue. */
    private final int[] rxBufferOfHead = new int[QUEUE_SIZE];
    private final int[] txSlotOfHead = new int[QUEUE_SIZE];
    private final int[] txFree = new int[QUEUE_SIZE];
    private int txFreeCount;
    private final int mtu;
    /** Whether the device completes the TCP checksums this side leaves partial (VIRTIO_NET_F_CSUM). */
    private final boolean offloadsChecksums;
    /** Bytes per receive buffer and transmit slot: a header and a frame of {@link #mtu}, rounded up. */
    private final int bufferSize;
    private final byte[] frame;
    private final long[] addr = new long[1];
    private final int[] len = new int[1];
    private long dropped;

    private VirtioNetDriver(VirtioMmioDriver device, int rxIndex, DriverQueue rx, DriverQueue tx, long mac, int mtu,
                            int bufferSize, long rxBase, long txBase, boolean offloadsChecksums) {
        this.device = device;
        this.offloadsChecksums = offloadsChecksums;
        this.mtu = mtu;
        this.bufferSize = bufferSize;
        this.frame = new byte[bufferSize];
        this.rxIndex = rxIndex;
        this.txIndex = rxIndex + 1;
        this.rx = rx;
        this.tx = tx;
        this.mac = mac;
        this.rxBase = rxBase;
        this.txBase = txBase;
        for (int i = 0; i < buffersFor(rx, bufferSize); i++) {
            post(i);
        }
        rx.publish();
        rx.disableInterrupts();
        tx.disableInterrupts();
        for (int i = 0; i < buffersFor(tx, bufferSize); i++) {
            txFree[txFreeCount++] = i;
        }
    }

    /**
     * Sets up this core's queue pair of the network device at boot-info index {@code index}.
     * Core 0 negotiates the device first; another core waits for that, up to a few seconds.
     */
    public static VirtioNetDriver open(int index) throws DeviceException {
        VirtioMmioDriver device = VirtioMmioDriver.open(index, 1, "virtio-net");
        long accepted = device.negotiateOrAwait(FEATURES, "network device " + index);
        int core = KernelCalls.core();
        int rxIndex = 2 * core;
        if (rxIndex + 1 >= DeviceCalls.deviceQueues(index)) {
            throw new DeviceException("network device " + index + " has no queue pair for core " + core);
        }
        if (core > 0 && !VirtioFeature.has(accepted, NetFeature.MQ)) {
            throw new DeviceException("network device " + index + " has one queue pair; core " + core + " has none");
        }
        boolean eventIdx = VirtioFeature.has(accepted, VirtioFeature.EVENT_IDX);
        DriverQueue rx = queue(device, index, rxIndex, eventIdx);
        DriverQueue tx = queue(device, index, rxIndex + 1, eventIdx);
        int mtu = DEFAULT_MTU;
        if (VirtioFeature.has(accepted, NetFeature.MTU)) {
            // Config space is read in aligned words: the MTU is the high half of the word at 8.
            int offered = device.readConfig(NetConfig.MTU - 2) >>> 16;
            if (offered >= 576 && offered <= 65535) {
                mtu = offered;
            }
        }
        int bufferSize = (NetHeader.SIZE + EthernetFrame.HEADER_LENGTH + mtu + 63) & ~63;
        long rxBase = DeviceCalls.dmaAlloc((long) buffersFor(rx, bufferSize) * bufferSize, 4096);
        long txBase = DeviceCalls.dmaAlloc((long) buffersFor(tx, bufferSize) * bufferSize, 4096);
        if (rxBase == 0 || txBase == 0) {
            throw new DeviceException("out of DMA memory for network device " + index);
        }
        long mac = NetConfig.macOf(device.readConfig(NetConfig.MAC), device.readConfig(NetConfig.MAC + 4));
        VirtioNetDriver driver = new VirtioNetDriver(device, rxIndex, rx, tx, mac, mtu, bufferSize, rxBase, txBase,
                VirtioFeature.has(accepted, NetFeature.CSUM));
        device.enableQueue(rxIndex, rx.layout());
        device.enableQueue(rxIndex + 1, tx.layout());
        // The buffers were published before the queue was enabled; tell the device they are there.
        device.notifyQueue(rxIndex);
        return driver;
    }

    /** How many receive buffers (or transmit slots) of {@code bufferSize} a queue gets. */
    private static int buffersFor(DriverQueue queue, int bufferSize) {
        return Math.max(2, Math.min(queue.size(), DMA_BYTES_PER_DIRECTION / bufferSize));
    }

    private static DriverQueue queue(VirtioMmioDriver device, int index, int queueIndex, boolean eventIdx)
            throws DeviceException {
        int size = Math.min(QUEUE_SIZE, device.maxQueueSize(queueIndex));
        if (size < 2) {
            throw new DeviceException("network device " + index + " offers queue " + queueIndex + " of " + size
                    + " descriptors");
        }
        long ring = DeviceCalls.dmaAlloc(QueueLayout.contiguousBytes(size), 4096);
        if (ring == 0) {
            throw new DeviceException("out of DMA memory for network device " + index);
        }
        return new DriverQueue(MEMORY, QueueLayout.contiguous(ring, size), eventIdx);
    }


    @Override
    public boolean offloadsChecksums() {
        return offloadsChecksums;
    }

    /** The MAC the device gave this machine. */
    public long mac() {
        return mac;
    }

    /** The link's MTU: the largest IP packet a frame carries. */
    public int mtu() {
        return mtu;
    }

    /** Frames dropped: no transmit slot in time, or a frame too long for a slot. */
    public long dropped() {
        return dropped;
    }

    private void post(int buffer) {
        addr[0] = rxBase + (long) buffer * bufferSize;
        len[0] = bufferSize;
        int head = rx.add(addr, len, 0, 1);
        rxBufferOfHead[head] = buffer;
    }

    /**
     * Hands up to {@code budget} received frames to {@code stack}, reposting each buffer;
     * returns how many there were.
     */
    public int receive(NetworkStack stack, int budget) {
        int n = 0;
        long used;
        while (n < budget && (used = rx.takeUsed()) != DriverQueue.NONE) {
            int buffer = rxBufferOfHead[DriverQueue.usedId(used)];
            int length = Math.min(DriverQueue.usedLength(used), bufferSize);
            MEMORY.copyToArray(rxBase + (long) buffer * bufferSize, frame, 0, length);
            post(buffer);
            n++;
            if (length > NetHeader.SIZE) {
                // With GUEST_CSUM the device marks frames whose checksum it left partial or validated.
                boolean trusted = (frame[NetHeader.FLAGS] & (NetHeader.F_NEEDS_CSUM | NetHeader.F_DATA_VALID)) != 0;
                stack.receive(frame, NetHeader.SIZE, length - NetHeader.SIZE, trusted);
            }
        }
        if (n > 0) {
            rx.publish();
            if (rx.kickNeeded()) {
                device.notifyQueue(rxIndex);
            }
        }
        return n;
    }

    @Override
    public boolean transmit(byte[] data, int offset, int length) {
        if (length > bufferSize - NetHeader.SIZE) {
            dropped++;
            return false;
        }
        reapTransmitted();
        if (txFreeCount == 0) {
            long giveUp = KernelCalls.uptimeNanos() + TX_WAIT_NANOS;
            while (txFreeCount == 0) {
                if (KernelCalls.uptimeNanos() > giveUp) {
                    dropped++;
                    return false;
                }
                KernelCalls.cpuRelax();
                reapTransmitted();
            }
        }
        int slot = txFree[--txFreeCount];
        long at = txBase + (long) slot * bufferSize;
        int csumStart = offloadsChecksums ? NetHeader.tcpChecksumStart(data, offset, length) : -1;
        if (csumStart >= 0) {
            NetHeader.writePartialChecksum(MEMORY, at, csumStart, NetHeader.TCP_CHECKSUM_OFFSET, 0);
        } else {
            NetHeader.writeTransmit(MEMORY, at);
        }
        MEMORY.copyFromArray(data, offset, at + NetHeader.SIZE, length);
        addr[0] = at;
        len[0] = NetHeader.SIZE + length;
        int head = tx.add(addr, len, 1, 0);
        txSlotOfHead[head] = slot;
        tx.publish();
        if (tx.kickNeeded()) {
            device.notifyQueue(txIndex);
        }
        return true;
    }

    private void reapTransmitted() {
        long used;
        while ((used = tx.takeUsed()) != DriverQueue.NONE) {
            txFree[txFreeCount++] = txSlotOfHead[DriverQueue.usedId(used)];
        }
    }

    @Override
    public boolean ready() {
        return rx.hasUsed();
    }

    /**
     * A frame comes from a host thread (the user network's, or TAP's reader) that must itself be
     * woken and run: polling long for it takes the host CPU that thread needs, when the host has
     * few. Measured on 2 host CPUs, wrk with 32 keep-alive connections: 15 µs instead of 50 took
     * 1.7-3.4 µs of CPU off each request on 2 cores, in four interleaved pairs
     * (docs/benchmarks.md). A core that also waits on another core's ring still polls as long
     * as the ring asks.
     */
    @Override
    public long pollNanos() {
        return 15_000;
    }

    @Override
    public void idle(boolean idle) {
        if (idle) {
            rx.enableInterrupts();
        } else {
            rx.disableInterrupts();
        }
    }
}
