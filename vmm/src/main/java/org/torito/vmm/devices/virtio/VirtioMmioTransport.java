package org.torito.vmm.devices.virtio;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.torito.virtio.GuestMemoryException;
import org.torito.virtio.VirtioMemory;
import org.torito.virtio.mmio.MmioRegister;
import org.torito.virtio.mmio.VirtioMmioListener;
import org.torito.virtio.mmio.VirtioMmioRegisters;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.DeviceQueue;
import org.torito.virtio.queue.InvalidChainException;
import org.torito.vmm.devices.MmioDevice;
import org.torito.vmm.accel.Accelerator;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.host.EventFdSet;

/**
 * One virtio-mmio device in the monitor: the register file the guest's MMIO exits reach, and the
 * threads that serve its queues, one per queue unless the backend groups queues on one thread
 * ({@link VirtioBackend#threadOf}). Queue k belongs to guest core k: the guest's QueueNotify
 * write for it is caught by an ioeventfd (no exit) and wakes the queue's thread; when the
 * guest asked to hear of completions (event idx), the thread rings core k's doorbell, which
 * wakes the core from IDLE. A device-driven queue (network receive) is not popped by its thread:
 * the thread only tells the backend buffers arrived, and the backend fills them through
 * {@link #fill} from its own thread, under the same queue lock.
 *
 * <p>Locking: a queue's thread holds its queues' locks while it serves; a register access holds
 * every queue's lock, so the guest can never reset or reconfigure a queue under its thread.
 * A guest that breaks the rules (a bad chain, an address outside RAM) gets DEVICE_NEEDS_RESET
 * and that queue stops; the monitor carries on.
 */
public final class VirtioMmioTransport implements MmioDevice, VirtioMmioListener, QueueFiller, AutoCloseable {
    private final String name;
    private final VirtioBackend backend;
    private final VirtioMmioRegisters registers;
    private final PrintStream errors;
    private final List<ServedQueue> queues = new ArrayList<>();
    private final List<QueueThread> threads = new ArrayList<>();

    /**
     * @param doorbells each core's doorbell; queue k rings core k's
     */
    public VirtioMmioTransport(String name, VirtioBackend backend, VirtioMemory memory, Accelerator accelerator, long base,
                               List<EventFd> doorbells, PrintStream errors) {
        this.name = name;
        this.backend = backend;
        this.errors = errors;
        this.registers = new VirtioMmioRegisters(backend, memory, this);
        Map<Integer, List<ServedQueue>> byThread = new LinkedHashMap<>();
        for (int q = 0; q < backend.queueCount(); q++) {
            ServedQueue queue = new ServedQueue(q, doorbells.get(backend.coreOf(q) % doorbells.size()));
            queues.add(queue);
            byThread.computeIfAbsent(backend.threadOf(q), k -> new ArrayList<>()).add(queue);
            accelerator.queueNotify(base + MmioRegister.QUEUE_NOTIFY, q, queue.notify);
        }
        for (List<ServedQueue> served : byThread.values()) {
            threads.add(new QueueThread(served));
        }
        backend.attach(this);
        for (QueueThread thread : threads) {
            thread.thread.start();
        }
    }

    @Override
    public boolean fill(int queue, Writer writer) {
        ServedQueue w = queues.get(queue);
        String problem;
        w.lock.lock();
        try {
            DeviceQueue q = registers.queue(queue);
            if (w.broken || !q.isReady() || !registers.status().isDriverOk()) {
                return false;
            }
            try {
                DescriptorChain c = q.pop(w.chain);
                if (c == null) {
                    // Out of buffers: ask for a notification, then look once more (the driver may have just added some).
                    if (!q.enableNotifications() || (c = q.pop(w.chain)) == null) {
                        return false;
                    }
                }
                // While buffers last the device comes back on its own; the driver need not kick.
                q.disableNotifications();
                q.addUsed(c.head(), writer.write(c));
                if (q.needsNotification()) {
                    w.doorbell.signal();
                }
                return true;
            } catch (InvalidChainException | GuestMemoryException e) {
                w.broken = true;
                problem = e.getMessage();
            }
        } finally {
            w.lock.unlock();
        }
        lockAll();
        try {
            registers.setNeedsReset("queue " + queue + ": " + problem);
        } finally {
            unlockAll();
        }
        return false;
    }

    @Override
    public boolean isLive(int queue) {
        ServedQueue w = queues.get(queue);
        w.lock.lock();
        try {
            return w.live();
        } finally {
            w.lock.unlock();
        }
    }

    @Override
    public long read(long offset, int width) {
        lockAll();
        try {
            return registers.read((int) offset, width) & 0xFFFFFFFFL;
        } finally {
            unlockAll();
        }
    }

    @Override
    public void write(long offset, int width, long value) {
        lockAll();
        try {
            registers.write((int) offset, width, (int) value);
        } finally {
            unlockAll();
        }
    }

    private void lockAll() {
        for (ServedQueue w : queues) {
            w.lock.lock();
        }
    }

    private void unlockAll() {
        for (int i = queues.size() - 1; i >= 0; i--) {
            queues.get(i).lock.unlock();
        }
    }

    @Override
    public void queueReady(int queue) {
        // The driver may have published before enabling; serve whatever is there.
        queues.get(queue).notify.signal();
    }

    @Override
    public void queueNotify(int queue) {
        // Only reached through an MMIO exit, i.e. when the ioeventfd did not match.
        queues.get(queue).notify.signal();
    }

    @Override
    public void driverOk() {
        backend.featuresNegotiated(registers.negotiatedFeatures());
        for (ServedQueue w : queues) {
            w.notify.signal();
        }
    }

    @Override
    public void reset() {
        backend.featuresNegotiated(0);
        for (ServedQueue w : queues) {
            w.broken = false;
        }
    }

    @Override
    public void queueReset(int queue) {
        queues.get(queue).broken = false;
    }

    @Override
    public void needsReset(String why) {
        errors.println("torito: " + name + ": the guest broke the virtio rules, the device needs a reset: " + why);
        errors.flush();
    }

    @Override
    public void close() {
        for (QueueThread t : threads) {
            t.stopping = true;
            t.served.getFirst().notify.signal();
        }
        for (QueueThread t : threads) {
            try {
                t.thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!t.thread.isAlive()) {
                t.wakeUps.close();
                for (ServedQueue w : t.served) {
                    w.notify.close();
                }
            }
        }
    }

    /** One queue's state: its notification eventfd, lock, chain buffer, and whether it broke. */
    private final class ServedQueue {
        final int index;
        final EventFd notify = new EventFd();
        final EventFd doorbell;
        final ReentrantLock lock = new ReentrantLock();
        final DescriptorChain chain;
        final boolean deviceDriven;
        /** Set under the lock; the device stays broken until the driver resets it. */
        boolean broken;

        ServedQueue(int index, EventFd doorbell) {
            this.index = index;
            this.doorbell = doorbell;
            this.chain = new DescriptorChain(Math.max(1, backend.maxQueueSize(index)));
            this.deviceDriven = backend.deviceDriven(index);
        }

        /** Under the lock: whether the queue may be served now. */
        boolean live() {
            DeviceQueue queue = registers.queue(index);
            return !broken && queue.isReady() && registers.status().isDriverOk();
        }
    }

    /**
     * The thread that serves one or more queues. Sharing a thread is for queues whose requests
     * cost little each (a network device's transmit queues, handing frames to a backend that
     * takes them on one thread anyway): one thread wakes for all of them instead of one each,
     * on a host whose CPUs the guest's cores already keep busy. It spins for more only as long
     * as its queues ask ({@link VirtioBackend#spinNanos}); the user network's asks for none.
     */
    private final class QueueThread implements Runnable {
        final List<ServedQueue> served;
        final List<ServedQueue> driverDriven = new ArrayList<>();
        final EventFdSet wakeUps;
        final Thread thread;
        /** How long to spin for more requests before sleeping: the longest its queues ask for. */
        final long spinNanos;
        volatile boolean stopping;

        QueueThread(List<ServedQueue> served) {
            this.served = served;
            List<EventFd> fds = new ArrayList<>();
            StringBuilder indexes = new StringBuilder();
            long spin = 0;
            for (ServedQueue w : served) {
                fds.add(w.notify);
                indexes.append(indexes.isEmpty() ? "" : ",").append(w.index);
                if (!w.deviceDriven) {
                    driverDriven.add(w);
                    spin = Math.max(spin, backend.spinNanos(w.index));
                }
            }
            this.spinNanos = spin;
            this.wakeUps = new EventFdSet(fds);
            String label = served.size() == 1 ? "-queue-" : "-queues-";
            this.thread = Thread.ofPlatform().name(name + label + indexes).daemon().unstarted(this);
        }

        @Override
        public void run() {
            while (!stopping) {
                wakeUps.awaitAny();
                for (ServedQueue w : served) {
                    if (w.notify.drain() > 0 && w.deviceDriven && !stopping) {
                        backend.buffersAvailable(w.index);
                    }
                }
                if (stopping) {
                    return;
                }
                if (!driverDriven.isEmpty()) {
                    serveAll();
                }
            }
        }

        /** Serves every available chain of every queue, spinning a while for more; reports broken queues. */
        private void serveAll() {
            List<String> broke = new ArrayList<>(0);
            for (ServedQueue w : driverDriven) {
                w.lock.lock();
            }
            try {
                do {
                    for (ServedQueue w : driverDriven) {
                        String problem = serveOnce(w);
                        if (problem != null) {
                            broke.add("queue " + w.index + ": " + problem);
                        }
                    }
                } while (awaitMore() || moreAfterEnabling());
            } finally {
                for (int i = driverDriven.size() - 1; i >= 0; i--) {
                    driverDriven.get(i).lock.unlock();
                }
            }
            if (!broke.isEmpty()) {
                lockAll();
                try {
                    for (String why : broke) {
                        registers.setNeedsReset(why);
                    }
                } finally {
                    unlockAll();
                }
            }
        }

        /** Serves what queue {@code w} holds now; returns why it broke, or null. */
        private String serveOnce(ServedQueue w) {
            if (!w.live()) {
                return null;
            }
            DeviceQueue queue = registers.queue(w.index);
            try {
                queue.disableNotifications();
                DescriptorChain c;
                int served = 0;
                while ((c = queue.pop(w.chain)) != null) {
                    queue.addUsed(c.head(), backend.handle(w.index, c));
                    served++;
                }
                if (served > 0 && queue.needsNotification()) {
                    w.doorbell.signal();
                }
                return null;
            } catch (InvalidChainException | GuestMemoryException e) {
                w.broken = true;
                return e.getMessage();
            }
        }

        /**
         * Spins a short while for the driver's next request before going back to sleep: a
         * driver that submits again within it pays neither a notification nor this thread's
         * wake-up (tens of microseconds on a busy host). See {@link VirtioBackend#spinNanos}.
         */
        private boolean awaitMore() {
            if (spinNanos <= 0) {
                return false;
            }
            long until = System.nanoTime() + spinNanos;
            do {
                if (anyAvailable()) {
                    return true;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < until && !stopping);
            return false;
        }

        private boolean anyAvailable() {
            for (ServedQueue w : driverDriven) {
                try {
                    if (w.live() && registers.queue(w.index).availableCount() > 0) {
                        return true;
                    }
                } catch (InvalidChainException e) {
                    return true; // the next pass breaks the queue and reports it
                }
            }
            return false;
        }

        /** Asks every live queue for notifications again; true if one got requests meanwhile. */
        private boolean moreAfterEnabling() {
            boolean more = false;
            for (ServedQueue w : driverDriven) {
                try {
                    if (w.live() && registers.queue(w.index).enableNotifications()) {
                        more = true;
                    }
                } catch (InvalidChainException e) {
                    more = true; // as above
                }
            }
            return more;
        }
    }
}
