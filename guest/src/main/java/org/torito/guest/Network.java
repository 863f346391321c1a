package org.torito.guest;

import java.io.IOException;

import org.torito.guest.devices.PhysicalMemory;
import org.torito.guest.devices.net.VirtioNetDriver;
import org.torito.guest.kernel.CoreIdle;
import org.torito.guest.kernel.DeviceCalls;
import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.kernel.Waitable;
import org.torito.tcpip.InterfaceAddress;
import org.torito.tcpip.NetworkConfig;
import org.torito.tcpip.NetworkStack;
import org.torito.tcpip.TcpServerSocket;
import org.torito.tcpip.TcpService;
import org.torito.tcpip.TcpSocket;

/**
 * The VM's network, per core: each core that uses it gets its own {@link NetworkStack} on its
 * own queue pair of the virtio-net device, and the monitor steers each flow to one core. The
 * address is static: the one the monitor gives on the command line for a TAP network
 * ({@code torito.net=}, docs/boot-abi.md), else the user-mode network's (docs/user-network.md),
 * 10.0.2.15/24 with gateway 10.0.2.2. Core 0 must open the network before other cores do (it
 * sets the device up).
 *
 * <p>Toro-style service: {@link #serve} listens with a {@link TcpService} and runs this core's
 * network loop for good. The loop takes frames off the receive queue, runs the stack's timers
 * when due, and otherwise parks on the receive queue until a frame or the next timer, so an
 * idle core sleeps in the monitor.
 */
public final class Network {
    /** The longest {@code torito.net=} value read: "255.255.255.255/30,255.255.255.255" and room to spare. */
    private static final int MAX_ADDRESS_TEXT = 64;
    private static final int TYPE_NET = 1;
    private static final int BATCH = 64;
    /** Per connection and direction: 64 KiB keeps 512 connections within 64 MiB of a core's heap. */
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_CONNECTIONS = 512;
    private static final long MSL_NANOS = 250_000_000L;
    /** This core's stack and driver; statics are per core. */
    private static NetworkStack stack;
    private static VirtioNetDriver driver;
    private static Waitable[] waitSet;
    private static InterfaceAddress address;
    private static boolean loopStarted;

    private Network() {
    }

    /** Whether the VM has a network device. */
    public static boolean present() {
        return deviceIndex() >= 0;
    }

    /** This core's network stack, set up on first use. */
    public static NetworkStack stack() throws IOException {
        if (stack == null) {
            int index = deviceIndex();
            if (index < 0) {
                throw new IOException("no network device: give the VM one in \"nets\"");
            }
            VirtioNetDriver d = VirtioNetDriver.open(index);
            // The wire to the monitor's gateway loses and reorders nothing, so a short TIME-WAIT is
            // safe, as on the gateway's side; and a server that closes first would otherwise hold
            // a connection's buffers for 4 s after each Connection: close.
            InterfaceAddress a = address();
            NetworkConfig config = new NetworkConfig(d.mac(), a.address, a.netmask, a.gateway).mtu(d.mtu())
                    .sendBuffer(BUFFER).receiveBuffer(BUFFER).maxConnections(MAX_CONNECTIONS).mslNanos(MSL_NANOS)
                    .isnSecret(KernelCalls.uptimeNanos() * 0x9E3779B97F4A7C15L ^ KernelCalls.core())
                    .ephemeralShare(KernelCalls.core(), Kernel.cores());
            driver = d;
            waitSet = new Waitable[] {d};
            stack = new NetworkStack(config, d, KernelCalls::uptimeNanos);
        }
        return stack;
    }

    /** Listens on {@code port} with {@code service}, then runs this core's network loop; never returns. */
    public static void serve(int port, int backlog, TcpService service) throws IOException {
        stack().listen(port, backlog, service);
        run();
    }

    /** Runs this core's network loop for good: for services set up on {@link #stack()} beforehand. */
    public static void run() throws IOException {
        NetworkStack s = stack();
        while (true) {
            int frames = driver.receive(s, BATCH);
            long now = KernelCalls.uptimeNanos();
            long deadline = s.nextDeadline();
            if (now - deadline >= 0 && deadline != Long.MAX_VALUE) {
                s.poll(now);
                continue;
            }
            if (frames == 0) {
                CoreIdle.await(waitSet, deadline);
            } else {
                // Threads blocked on sockets were woken by these frames; let them run before more come in.
                Thread.yield();
            }
        }
    }

    /**
     * Starts this core's network loop in a thread of its own, for applications that use blocking
     * sockets ({@link #listen}, {@link #connect}, java.net) from their own threads. Once per core:
     * a second call does nothing.
     */
    public static void start() throws IOException {
        stack();
        if (loopStarted) {
            return;
        }
        loopStarted = true;
        Thread loop = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Network.run();
                } catch (IOException e) {
                    System.out.println("core " + KernelCalls.core() + ": network loop stopped: " + e.getMessage());
                }
            }
        });
        loop.setDaemon(true);
        loop.start();
    }

    /** A blocking listening socket on {@code port}; needs the loop running ({@link #start}). */
    public static TcpServerSocket listen(int port, int backlog) throws IOException {
        return new TcpServerSocket(stack(), port, backlog);
    }

    /** A blocking connection to {@code address:port}, once established; needs the loop running ({@link #start}). */
    public static TcpSocket connect(int address, int port) throws IOException {
        return TcpSocket.connect(stack(), address, port);
    }

    /** This VM's address: what the monitor's {@code torito.net=} word says, or the user network's. */
    public static InterfaceAddress address() {
        if (address == null) {
            address = readAddress();
        }
        return address;
    }

    private static InterfaceAddress readAddress() {
        long at = DeviceCalls.netConfig();
        if (at == 0) {
            return InterfaceAddress.USER_NETWORK;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < MAX_ADDRESS_TEXT; i++) {
            int b = PhysicalMemory.INSTANCE.read8(at + i);
            if (b == 0) {
                break;
            }
            text.append((char) b);
        }
        InterfaceAddress parsed = InterfaceAddress.parse(text.toString());
        if (parsed == null) {
            // The monitor writes the word; a bad one is its bug, and guessing an address would hide it.
            throw new IllegalStateException("torito.net=" + text + " on the command line is not an address");
        }
        return parsed;
    }

    private static int deviceIndex() {
        for (int i = 0; i < DeviceCalls.deviceCount(); i++) {
            if (DeviceCalls.deviceType(i) == TYPE_NET) {
                return i;
            }
        }
        return -1;
    }
}
