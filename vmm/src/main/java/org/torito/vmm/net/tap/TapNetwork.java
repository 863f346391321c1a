package org.torito.vmm.net.tap;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.torito.vmm.host.EventFd;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import org.torito.vmm.net.GuestPort;
import org.torito.vmm.net.LiveQueues;
import org.torito.vmm.net.NetworkBackend;
import org.torito.vmm.net.user.GuestBacklog;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A host TAP interface as the guest's wire: every Ethernet frame the guest sends is written to
 * the interface, and every frame the host sends on it goes to the guest queue that owns its
 * flow ({@link TapSteering}). The host configures the interface (address, up, bridge, routes);
 * the monitor only attaches to it, with {@code IFF_TAP | IFF_NO_PI} on one file descriptor.
 *
 * <p>One reader thread polls the interface and a wake-up eventfd. A frame the guest has no
 * receive buffer for waits in a bounded per-queue backlog until the device reports new buffers
 * ({@link #guestReceiveReady}); past that it is dropped, as a full NIC ring drops, and TCP
 * recovers it. Guest frames are written from the device's transmit threads directly: a TAP write
 * does not block.
 */
public final class TapNetwork implements NetworkBackend {
    /** {@code _IOW('T', 202, int)} from linux/if_tun.h. */
    static final long TUNSETIFF = 0x400454CAL;
    static final short IFF_TAP = 0x0002;
    static final short IFF_NO_PI = 0x1000;
    static final String DEVICE = "/dev/net/tun";
    /** struct ifreq: a 16-byte name, then a union whose first member here is the short flags. */
    private static final int IFREQ_SIZE = 40;
    private static final int IFNAMSIZ = 16;
    private static final short POLLIN = 0x001;
    private static final short POLLERR = 0x008;
    private static final short POLLHUP = 0x010;
    /** Frames read per wake-up before the backlogs get a turn. */
    private static final int READ_BATCH = 64;
    /** The MTU the guest gets on a TAP network: a host interface's default. */
    public static final int ETHERNET_MTU = 1500;
    /** The largest frame a TAP read returns: its MTU can be raised on the host up to 64 KiB. */
    private static final int READ_BUFFER = 65536;

    /** Counters for tests and diagnostics. */
    public record Stats(long framesToGuest, long framesFromGuest, long droppedToGuest, long droppedFromGuest,
                        int backlogFrames, int learnedFlows) {
    }

    private final String ifname;
    private final int queueCount;
    private final GuestPort port;
    private final int maxFrame;
    private final TapSteering steering;
    private final GuestBacklog backlog;
    private final Arena arena = Arena.ofShared();
    /** Per transmit queue: the native copy of the frame being written, and its errno slot. */
    private final MemorySegment[] transmit;
    private final MemorySegment[] transmitState;
    private final AtomicLong framesFromGuest = new AtomicLong();
    private final AtomicLong droppedFromGuest = new AtomicLong();
    private volatile long framesToGuest;
    private volatile long droppedToGuest;
    /** Set while some frame waits in the backlog, so only then does a new receive buffer cost a wake-up. */
    private volatile boolean backlogged;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile int fd = -1;
    private volatile EventFd wake;
    private Thread reader;

    /**
     * A backend for the host interface {@code ifname} and a device with {@code queueCount}
     * queue pairs whose frames are at most {@code mtu} + 14 bytes.
     */
    public TapNetwork(String ifname, int queueCount, int mtu, GuestPort port) {
        if (queueCount < 1) {
            throw new IllegalArgumentException("queueCount: " + queueCount + " is below 1");
        }
        if (ifname.isEmpty() || ifname.getBytes(StandardCharsets.UTF_8).length >= IFNAMSIZ) {
            throw new IllegalArgumentException("ifname: \"" + ifname + "\" is not 1.." + (IFNAMSIZ - 1) + " bytes");
        }
        this.ifname = ifname;
        this.queueCount = queueCount;
        this.port = port;
        this.maxFrame = 14 + mtu;
        this.steering = new TapSteering(queueCount, new LiveQueues(port, queueCount));
        this.backlog = new GuestBacklog(queueCount, 1024, maxFrame);
        this.transmit = new MemorySegment[queueCount];
        this.transmitState = new MemorySegment[queueCount];
        for (int q = 0; q < queueCount; q++) {
            transmit[q] = arena.allocate(maxFrame, 16);
            transmitState[q] = Libc.allocateCallState(arena);
        }
    }

    public String ifname() {
        return ifname;
    }

    /**
     * Attaches to the interface (creating it, when it does not exist and the monitor may) and
     * starts the reader. Each failure is one line that names the interface and what to do.
     */
    @Override
    public synchronized void start() throws IOException {
        if (fd >= 0 || closed) {
            throw new IllegalStateException("TapNetwork already started or closed");
        }
        int tap = open();
        try {
            attach(tap);
            wake = new EventFd();
        } catch (IOException | RuntimeException e) {
            Libc.close(tap);
            throw e;
        }
        fd = tap;
        running = true;
        reader = Thread.ofPlatform().name("torito-tap-" + ifname).daemon().start(this::run);
    }

    private int open() throws IOException {
        try {
            return Libc.open(DEVICE, Libc.O_RDWR | Libc.O_CLOEXEC | Libc.O_NONBLOCK);
        } catch (HostCallException e) {
            throw new IOException("tap " + ifname + ": " + switch (e.errno()) {
                case Libc.ENOENT -> DEVICE + " does not exist: load the tun module (modprobe tun)";
                case Libc.EACCES, Libc.EPERM -> "no permission to open " + DEVICE
                        + ": run the monitor as root, or give its user read and write access to " + DEVICE;
                case Libc.ENODEV, Libc.ENXIO -> DEVICE + " has no driver behind it: load the tun module (modprobe tun)";
                default -> "cannot open " + DEVICE + ": " + Libc.errnoText(e.errno());
            }, e);
        }
    }

    private void attach(int tap) throws IOException {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment request = call.allocate(IFREQ_SIZE, 8);
            byte[] name = ifname.getBytes(StandardCharsets.UTF_8);
            MemorySegment.copy(name, 0, request, ValueLayout.JAVA_BYTE, 0, name.length);
            request.set(JAVA_SHORT, IFNAMSIZ, (short) (IFF_TAP | IFF_NO_PI));
            Libc.ioctl(tap, "TUNSETIFF", TUNSETIFF, request);
        } catch (HostCallException e) {
            throw new IOException("tap " + ifname + ": " + switch (e.errno()) {
                // The kernel lets anyone who can open /dev/net/tun attach to an existing interface
                // without an owner; creating one, or taking another user's, needs CAP_NET_ADMIN.
                case Libc.EPERM -> "not permitted to attach: creating the interface, or attaching to one that"
                        + " belongs to another user, needs CAP_NET_ADMIN (run the monitor as root);"
                        + " or create it for the monitor's user first: ip tuntap add dev " + ifname
                        + " mode tap user $USER";
                case Libc.EBUSY -> "busy: another process (another VM?) has it open; give each VM its own TAP interface";
                case Libc.EINVAL -> "exists but is not a TAP interface with these flags (a TUN device, or a"
                        + " multi-queue one?): delete it (ip link del " + ifname + ") or pick another name";
                default -> "TUNSETIFF failed: " + Libc.errnoText(e.errno());
            }, e);
        }
    }

    /**
     * Writes one guest frame to the interface. Never asks the device to retry: a frame the host
     * does not take (the interface is down, say) is dropped, as on a wire.
     */
    @Override
    public boolean fromGuest(int queue, byte[] frame, int offset, int length) {
        if (offset < 0 || length < 14 || length > maxFrame || offset > frame.length - length
                || queue < 0 || queue >= queueCount) {
            droppedFromGuest.incrementAndGet();
            return true;
        }
        steering.learn(queue, frame, offset, length);
        MemorySegment buffer = transmit[queue];
        synchronized (buffer) {
            if (closed || fd < 0) {
                droppedFromGuest.incrementAndGet();
                return true;
            }
            MemorySegment.copy(frame, offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
            long written;
            do {
                written = Libc.write(fd, buffer.asSlice(0, length), transmitState[queue]);
            } while (written == -Libc.EINTR);
            if (written == length) {
                framesFromGuest.incrementAndGet();
            } else {
                droppedFromGuest.incrementAndGet();
            }
        }
        return true;
    }

    @Override
    public void guestReceiveReady(int queue) {
        EventFd w = wake;
        if (backlogged && w != null && running) {
            w.signal();
        }
    }

    /** Counters; the backlog and learned-flow sizes are read without the reader's lock, so approximate. */
    public Stats stats() {
        return new Stats(framesToGuest, framesFromGuest.get(), droppedToGuest, droppedFromGuest.get(),
                backlog.frames(), steering.learnedFlows());
    }

    /** Stops the reader and releases the interface: a persistent one stays on the host, a created one goes. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = false;
            t = reader;
        }
        if (t != null) {
            wake.signal();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Writers check "closed" under their queue's lock, so after taking each lock once none
        // is still using the fd or its buffer.
        for (MemorySegment buffer : transmit) {
            synchronized (buffer) {
                assert closed;
            }
        }
        if (t != null && t.isAlive()) {
            return;   // a reader that would not stop may still use them; they stay until the process ends
        }
        if (fd >= 0) {
            Libc.close(fd);
            fd = -1;
        }
        if (wake != null) {
            wake.close();
        }
        arena.close();
    }

    // ---- the reader thread ----

    private void run() {
        byte[] frame = new byte[READ_BUFFER];
        try (Arena local = Arena.ofConfined()) {
            MemorySegment buffer = local.allocate(READ_BUFFER, 16);
            MemorySegment state = Libc.allocateCallState(local);
            MemorySegment fds = local.allocate(16, 8);
            fds.set(JAVA_INT, 0, fd);
            fds.set(JAVA_INT, 8, wake.fd());
            boolean tapOpen = true;
            while (running) {
                fds.set(JAVA_SHORT, 4, tapOpen ? POLLIN : 0);
                fds.set(JAVA_SHORT, 6, (short) 0);
                fds.set(JAVA_SHORT, 12, POLLIN);
                fds.set(JAVA_SHORT, 14, (short) 0);
                int ready = Libc.ppoll(fds, 2, MemorySegment.NULL, state);
                if (ready == -Libc.EINTR) {
                    continue;
                }
                if (ready < 0) {
                    report("ppoll failed: " + Libc.errnoText(-ready));
                    return;
                }
                if (fds.get(JAVA_SHORT, 14) != 0) {
                    wake.drain();
                }
                short tapEvents = fds.get(JAVA_SHORT, 6);
                if ((tapEvents & POLLIN) != 0) {
                    tapOpen = readFrames(buffer, frame, state);
                } else if ((tapEvents & (POLLERR | POLLHUP)) != 0) {
                    tapOpen = false;
                    report("the interface went away; the guest gets no more frames");
                }
                retryBacklog();
            }
        }
    }

    /** Reads up to a batch of frames; false when the interface cannot be read any more. */
    private boolean readFrames(MemorySegment buffer, byte[] frame, MemorySegment state) {
        for (int i = 0; i < READ_BATCH; i++) {
            long n = Libc.read(fd, buffer, state);
            if (n == -Libc.EAGAIN) {
                return true;
            }
            if (n == -Libc.EINTR) {
                continue;
            }
            if (n < 0) {
                report("reading failed: " + Libc.errnoText((int) -n) + "; the guest gets no more frames");
                return false;
            }
            int length = (int) n;
            if (length > maxFrame) {
                droppedToGuest++;   // the host's MTU is above the guest's
                continue;
            }
            MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, frame, 0, length);
            int queue = steering.queueOf(frame, length);
            if (queue == TapSteering.ALL) {
                for (int q = 0; q < queueCount; q++) {
                    toGuest(q, frame, length);
                }
            } else if (queue >= 0) {
                toGuest(queue, frame, length);
            }
        }
        return true;
    }

    private void toGuest(int queue, byte[] frame, int length) {
        // Behind held frames a new one waits its turn, so a flow's frames stay in order.
        if (backlog.isEmpty(queue) && port.deliver(queue, frame, 0, length)) {
            framesToGuest++;
        } else if (backlog.add(queue, frame, 0, length)) {
            backlogged = true;
        } else {
            droppedToGuest++;
        }
    }

    private void retryBacklog() {
        if (!backlogged) {
            return;
        }
        boolean left = false;
        for (int q = 0; q < queueCount; q++) {
            framesToGuest += backlog.drain(q, port);
            left |= !backlog.isEmpty(q);
        }
        backlogged = left;
    }

    private void report(String problem) {
        System.err.println("torito: tap " + ifname + ": " + problem);
    }
}
