package org.torito.vmm.devices.net;

import java.util.concurrent.locks.LockSupport;

import org.torito.virtio.DeviceId;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.VirtioMemory;
import org.torito.virtio.net.NetConfig;
import org.torito.virtio.net.NetFeature;
import org.torito.virtio.net.NetHeader;
import org.torito.packet.InternetChecksum;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.vmm.devices.virtio.QueueFiller;
import org.torito.vmm.devices.virtio.VirtioBackend;
import org.torito.vmm.net.GuestPort;
import org.torito.vmm.net.NetworkBackend;
import org.torito.vmm.net.PacketCapture;

/**
 * A virtio-net device with one queue pair per guest core (receive queue 2k, transmit queue
 * 2k+1, both owned by core k), between the guest and a {@link NetworkBackend}. The backend
 * steers each flow to one pair, so each core's stack sees only its own flows.
 *
 * <p>Transmit queues are served as the guest fills them: each frame is copied out and handed
 * to the backend, waiting briefly when the backend's inbound ring is full (back-pressure on
 * the guest, not a drop). Receive queues are device-driven: a frame from the backend goes into
 * the pair's next receive buffer ({@link #deliver}), or stays with the backend until the guest
 * posts buffers.
 *
 * <p>Checksum offload both ways (CSUM, GUEST_CSUM), nothing else: a TCP frame may come with a
 * partial checksum (NEEDS_CSUM), which the user network, ending the guest's TCP itself, takes
 * as it is and the device completes for a backend that puts frames on a wire; and the user
 * network's own segments go to the guest partial and marked, so neither side sums the data.
 * No segmentation offload and no mergeable buffers: every frame is at most MTU + 14 bytes, so
 * a receive buffer of {@link #MIN_RX_BUFFER} bytes always fits one. MQ is offered without CTRL_VQ, which
 * virtio 1.2 5.1.3.1 does not allow: every pair is live from DRIVER_OK and there is no
 * VQ_PAIRS_SET to send (docs/virtio.md). A Linux guest drops MQ then and uses pair 0.
 */
public final class VirtioNetDevice implements VirtioBackend, GuestPort {
    public static final int QUEUE_SIZE = 256;
    /** The receive buffer a driver must post at the default MTU: the header and a full frame. */
    public static final int MIN_RX_BUFFER = NetHeader.SIZE + 14 + 1500;
    /** How long a transmit queue waits for room in the backend before it drops the frame. */
    private static final long BACKPRESSURE_NANOS = 200_000_000L;

    private final int pairs;
    private final int mtu;
    private final VirtioMemory memory;
    private final NetConfig config;
    /** Per transmit queue: the frame being copied out, header included. */
    private final byte[][] transmit;
    /** The header of every received frame: no offload, one buffer. */
    private final byte[] receivedHeader = new byte[NetHeader.SIZE];
    private volatile NetworkBackend backend;
    private volatile QueueFiller filler;
    private volatile long dropped;
    private volatile PacketCapture capture;
    /** The driver accepted GUEST_CSUM: frames with partial TCP checksums may go to it marked. */
    private volatile boolean guestTakesPartial;
    /** The header of a received frame whose checksum is partial; csum_start varies, so built per frame. */
    private final byte[] partialHeader = new byte[NetHeader.SIZE];

    public VirtioNetDevice(int pairs, long mac, int mtu, VirtioMemory memory) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs: " + pairs + " is below 1");
        }
        this.pairs = pairs;
        this.mtu = mtu;
        this.memory = memory;
        this.config = new NetConfig().mac(mac).status(NetConfig.LINK_UP).maxVirtqueuePairs(pairs).mtu(mtu);
        this.transmit = new byte[pairs][];
        for (int p = 0; p < pairs; p++) {
            transmit[p] = new byte[NetHeader.SIZE + 14 + mtu];
        }
        NetHeader.writeReceived(receivedHeader, 0, 1);
    }

    /** Where transmitted frames go and who is told of new receive buffers; set before the guest runs. */
    public void connect(NetworkBackend network) {
        this.backend = network;
    }

    /** Records every frame the guest sends and receives from now on; null stops recording. */
    public void capture(PacketCapture to) {
        this.capture = to;
    }

    /** Frames dropped: too long for the receive buffer, too long to send, or the backend stayed full. */
    public long dropped() {
        return dropped;
    }

    @Override
    public int deviceId() {
        return DeviceId.NET;
    }

    @Override
    public int vendorId() {
        return 0x544F5249;   // "TORI"
    }

    @Override
    public long features() {
        return VirtioFeature.bit(VirtioFeature.VERSION_1) | VirtioFeature.bit(VirtioFeature.EVENT_IDX)
                | VirtioFeature.bit(VirtioFeature.RING_RESET) | VirtioFeature.bit(NetFeature.MAC)
                | VirtioFeature.bit(NetFeature.STATUS) | VirtioFeature.bit(NetFeature.MTU)
                | VirtioFeature.bit(NetFeature.MQ) | VirtioFeature.bit(NetFeature.CSUM)
                | VirtioFeature.bit(NetFeature.GUEST_CSUM);
    }

    @Override
    public void featuresNegotiated(long negotiated) {
        guestTakesPartial = VirtioFeature.has(negotiated, NetFeature.GUEST_CSUM);
    }

    @Override
    public boolean acceptsPartialChecksums() {
        return guestTakesPartial;
    }

    @Override
    public int queueCount() {
        return 2 * pairs;
    }

    @Override
    public int maxQueueSize(int queue) {
        return QUEUE_SIZE;
    }

    @Override
    public int configSize() {
        return NetConfig.SIZE;
    }

    @Override
    public int readConfig(int offset, int width) {
        return config.read(offset, width);
    }

    @Override
    public void writeConfig(int offset, int width, int value) {
        // The MAC is writable only with CTRL_MAC_ADDR or legacy devices; nothing here is.
    }

    @Override
    public int coreOf(int queue) {
        return queue / 2;
    }

    /**
     * Receive queues have a thread each (it only passes on the driver's kicks). Transmit queues
     * share one when the backend takes frames on one thread; read once, when the transport
     * starts, so the backend is connected first.
     */
    @Override
    public int threadOf(int queue) {
        return sharesTransmitThread(queue) ? 1 : queue;
    }

    /**
     * A shared transmit thread only hands frames to the backend's thread, so it does not spin
     * for the guest's next frame: spinning took a host CPU from the user network's thread and
     * wrk. Measured on 2 host CPUs, wrk with 32 keep-alive connections, 2 cores, five
     * interleaved pairs: 2.5-8 µs less monitor CPU per request in each pair, ~7% more req/s;
     * a 1 GiB download 1.9-2.4 -> 2.5-3.1 Gbit/s (docs/benchmarks.md).
     */
    @Override
    public long spinNanos(int queue) {
        return sharesTransmitThread(queue) ? 0 : DEFAULT_SPIN_NANOS;
    }

    private boolean sharesTransmitThread(int queue) {
        NetworkBackend b = backend;
        return queue % 2 == 1 && b != null && b.takesFramesOnOneThread();
    }

    @Override
    public boolean deviceDriven(int queue) {
        return queue % 2 == 0;
    }

    @Override
    public void attach(QueueFiller queues) {
        this.filler = queues;
    }

    @Override
    public void buffersAvailable(int queue) {
        NetworkBackend b = backend;
        if (b != null) {
            b.guestReceiveReady(queue / 2);
        }
    }

    /** A transmit chain: the header, then the frame, in the readable segments. */
    @Override
    public int handle(int queue, DescriptorChain chain) {
        int pair = queue / 2;
        byte[] frame = transmit[pair];
        int length = 0;
        for (int s = 0; s < chain.segmentCount(); s++) {
            if (chain.isWritable(s)) {
                continue;
            }
            int n = chain.length(s);
            if (n > frame.length - length) {
                dropped++;
                return 0;
            }
            memory.copyToArray(chain.address(s), frame, length, n);
            length += n;
        }
        NetworkBackend b = backend;
        if (length <= NetHeader.SIZE || b == null) {
            return 0;
        }
        boolean partial = (frame[NetHeader.FLAGS] & NetHeader.F_NEEDS_CSUM) != 0;
        // A backend that takes partial checksums takes them for TCP, where its stack skips the
        // check; anything else (a Linux guest's UDP, say) is completed here like for TAP.
        if (partial && (!b.acceptsPartialChecksums() || !isTcpChecksum(frame, length))) {
            if (!completeChecksum(frame, length)) {
                dropped++;
                return 0;
            }
            partial = false;
        }
        PacketCapture c = capture;
        if (c != null) {
            c.record(frame, NetHeader.SIZE, length - NetHeader.SIZE);
        }
        long giveUp = System.nanoTime() + BACKPRESSURE_NANOS;
        while (!b.fromGuest(pair, frame, NetHeader.SIZE, length - NetHeader.SIZE, partial)) {
            if (System.nanoTime() - giveUp > 0) {
                dropped++;
                break;
            }
            LockSupport.parkNanos(20_000);
        }
        return 0;
    }

    /** Whether the NEEDS_CSUM header of a transmitted frame points at its TCP checksum. */
    private static boolean isTcpChecksum(byte[] frame, int length) {
        int start = NetHeader.tcpChecksumStart(frame, NetHeader.SIZE, length - NetHeader.SIZE);
        return start >= 0 && NetHeader.csumStart(frame, 0) == start
                && NetHeader.csumOffset(frame, 0) == NetHeader.TCP_CHECKSUM_OFFSET;
    }

    /**
     * Completes the partial checksum of a transmitted frame ({@code frame[0..length)}, header
     * first) where its header says; false when csum_start and csum_offset do not fit the frame.
     */
    private static boolean completeChecksum(byte[] frame, int length) {
        int start = NetHeader.SIZE + NetHeader.csumStart(frame, 0);
        int field = start + NetHeader.csumOffset(frame, 0);
        if (field + 2 > length) {
            return false;
        }
        InternetChecksum.complete(frame, start, field - start, length);
        return true;
    }

    @Override
    public boolean queueLive(int pair) {
        QueueFiller queues = filler;
        return queues != null && pair >= 0 && pair < pairs && queues.isLive(2 * pair);
    }

    /** Called on the backend's thread: the frame goes into the pair's next receive buffer. */
    @Override
    public boolean deliver(int pair, byte[] frame, int offset, int length, boolean checksumPartial) {
        QueueFiller queues = filler;
        if (queues == null || pair < 0 || pair >= pairs) {
            return false;
        }
        int start = checksumPartial ? NetHeader.tcpChecksumStart(frame, offset, length) : -1;
        if (start < 0) {
            return queues.fill(2 * pair, chain -> receive(chain, receivedHeader, frame, offset, length));
        }
        if (guestTakesPartial) {
            NetHeader.writePartialChecksum(partialHeader, 0, start, NetHeader.TCP_CHECKSUM_OFFSET, 1);
            return queues.fill(2 * pair, chain -> receive(chain, partialHeader, frame, offset, length));
        }
        // The guest reset the device without GUEST_CSUM while the frame waited: finish the
        // checksum, but only once a buffer takes the frame (a refused frame is offered again).
        return queues.fill(2 * pair, chain -> {
            InternetChecksum.complete(frame, offset + start, NetHeader.TCP_CHECKSUM_OFFSET, offset + length);
            return receive(chain, receivedHeader, frame, offset, length);
        });
    }

    private int receive(DescriptorChain chain, byte[] header, byte[] frame, int offset, int length) {
        if (chain.writableBytes() < NetHeader.SIZE + (long) length) {
            dropped++;
            return 0;   // the buffer goes back empty; a driver ignores a used length below the header
        }
        int s = 0;
        while (!chain.isWritable(s)) {
            s++;
        }
        // The header is written into a 12-byte array view first so it may straddle segments like the frame.
        int at = 0;
        int segmentUsed = 0;
        int total = NetHeader.SIZE + length;
        while (at < total) {
            int room = chain.length(s) - segmentUsed;
            if (room == 0) {
                s++;
                segmentUsed = 0;
                continue;
            }
            int n;
            if (at < NetHeader.SIZE) {
                n = Math.min(room, NetHeader.SIZE - at);
                memory.copyFromArray(header, at, chain.address(s) + segmentUsed, n);
            } else {
                n = Math.min(room, total - at);
                memory.copyFromArray(frame, offset + at - NetHeader.SIZE, chain.address(s) + segmentUsed, n);
            }
            at += n;
            segmentUsed += n;
        }
        PacketCapture c = capture;
        if (c != null) {
            c.record(frame, offset, length);
        }
        return total;
    }
}
