package org.torito.vmm.devices.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.mmio.MmioRegister;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.DriverQueue;
import org.torito.virtio.queue.QueueLayout;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.accel.Accelerator;
import org.torito.vmm.process.ProcessAccelerator;

/**
 * The transport's queue threads, driven from the test as a guest driver would through the
 * registers: queues a backend groups on one thread are all served by it, and a queue that a
 * guest breaks stops alone while the queue sharing its thread carries on.
 */
class VirtioMmioTransportTest {
    private static final long RAM_BASE = 0;
    private static final int RAM = 0x20000;
    private static final int QUEUE_SIZE = 16;
    private static final long DEVICE_BASE = 0xd000_0000L;
    private static final long DATA = 0x10000;

    /**
     * Three queues: 0 alone, 1 and 2 on one thread; queue 0's thread does not spin. Records which
     * thread served which queue.
     */
    private static final class Backend implements VirtioBackend {
        final Map<Integer, String> servedBy = new ConcurrentHashMap<>();

        @Override
        public int handle(int queue, DescriptorChain chain) {
            servedBy.put(queue, Thread.currentThread().getName());
            return 0;
        }

        @Override
        public int threadOf(int queue) {
            return queue == 0 ? 0 : 1;
        }

        @Override
        public long spinNanos(int queue) {
            return queue == 0 ? 0 : DEFAULT_SPIN_NANOS;
        }

        @Override
        public int deviceId() {
            return 0x2A;
        }

        @Override
        public int vendorId() {
            return 0x544F5249;
        }

        @Override
        public long features() {
            return VirtioFeature.bit(VirtioFeature.VERSION_1);
        }

        @Override
        public int queueCount() {
            return 3;
        }

        @Override
        public int maxQueueSize(int queue) {
            return QUEUE_SIZE;
        }

        @Override
        public int configSize() {
            return 0;
        }

        @Override
        public int readConfig(int offset, int width) {
            return 0;
        }

        @Override
        public void writeConfig(int offset, int width, int value) {
        }
    }

    private final SegmentVirtioMemory memory = new SegmentVirtioMemory(Arena.ofAuto().allocate(RAM, 4096), RAM_BASE);
    private final Backend backend = new Backend();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private VirtioMmioTransport transport;
    private DriverQueue[] queues;

    @Test
    void queuesGroupedOnOneThreadAreAllServedByIt() throws Exception {
        try (ProcessAccelerator vm = ProcessAccelerator.open(); EventFd doorbell = new EventFd()) {
            start(vm, doorbell);
            for (int q = 0; q < 3; q++) {
                submit(q, DATA + 0x100L * q, 64);
            }
            for (int q = 0; q < 3; q++) {
                awaitUsed(q);
            }
            assertEquals("test-queue-0", backend.servedBy.get(0));
            assertEquals("test-queues-1,2", backend.servedBy.get(1));
            assertEquals("test-queues-1,2", backend.servedBy.get(2));
            transport.close();
        }
    }

    /**
     * A thread that does not spin asks for notifications again as soon as its queue is empty. A
     * driver that kicks only when the device asks (as the guest's does) must still get every
     * request served, including one made available between the thread's last look and its
     * asking. Queue 0's thread does not spin, queue 1's does; how many kicks each takes depends
     * on timing, so only that there were kicks is checked (the cost is a benchmark's business).
     */
    @Test
    void threadsWithAndWithoutSpinServeEveryRequestOfADriverThatKicksOnlyWhenAsked() throws Exception {
        try (ProcessAccelerator vm = ProcessAccelerator.open(); EventFd doorbell = new EventFd()) {
            start(vm, doorbell);
            int withoutSpin = backToBack(0, 2000);
            int withSpin = backToBack(1, 2000);
            assertTrue(withoutSpin > 0 && withSpin > 0, withoutSpin + " kicks without spin, " + withSpin + " with");
            transport.close();
        }
    }

    /** Submits {@code count} requests on queue {@code q}, each after the one before is used; returns the kicks. */
    private int backToBack(int q, int count) {
        int kicks = 0;
        for (int i = 0; i < count; i++) {
            queues[q].add(new long[] {DATA}, new int[] {64}, 1, 0);
            queues[q].publish();
            if (queues[q].kickNeeded()) {
                write(MmioRegister.QUEUE_NOTIFY, q);
                kicks++;
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (queues[q].takeUsed() == DriverQueue.NONE) {
                assertTrue(System.nanoTime() < deadline, "queue " + q + ": request " + i + " was never served");
                Thread.onSpinWait();
            }
        }
        return kicks;
    }

    @Test
    void aQueueTheGuestBreaksStopsAloneAndItsThreadServesTheOtherQueue() throws Exception {
        try (ProcessAccelerator vm = ProcessAccelerator.open(); EventFd doorbell = new EventFd()) {
            start(vm, doorbell);
            submit(2, RAM + 0x1000L, 64); // a buffer outside guest RAM
            long deadline = System.nanoTime() + 5_000_000_000L;
            while ((read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) == 0) {
                assertTrue(System.nanoTime() < deadline, "the device never asked for a reset");
                Thread.sleep(1);
            }
            String said = errors.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("test: the guest broke the virtio rules") && said.contains("queue 2: "), said);
            submit(1, DATA, 64);
            awaitUsed(1);
            assertEquals("test-queues-1,2", backend.servedBy.get(1));
            submit(2, DATA + 0x200, 64);
            Thread.sleep(100);
            assertEquals(DriverQueue.NONE, queues[2].takeUsed(), "a broken queue serves nothing more");
            transport.close();
        }
    }

    private void start(Accelerator vm, EventFd doorbell) {
        transport = new VirtioMmioTransport("test", backend, memory, vm, DEVICE_BASE, List.of(doorbell),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, (int) (VirtioFeature.bit(VirtioFeature.VERSION_1) >>> 32));
        write(MmioRegister.DRIVER_FEATURES_SEL, 0);
        write(MmioRegister.DRIVER_FEATURES, 0);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        queues = new DriverQueue[3];
        for (int q = 0; q < 3; q++) {
            QueueLayout layout = QueueLayout.contiguous(0x1000L * (q + 1), QUEUE_SIZE);
            queues[q] = new DriverQueue(memory, layout, false);
            write(MmioRegister.QUEUE_SEL, q);
            write(MmioRegister.QUEUE_NUM, QUEUE_SIZE);
            write(MmioRegister.QUEUE_DESC_LOW, (int) layout.descTable());
            write(MmioRegister.QUEUE_DESC_HIGH, 0);
            write(MmioRegister.QUEUE_DRIVER_LOW, (int) layout.availRing());
            write(MmioRegister.QUEUE_DRIVER_HIGH, 0);
            write(MmioRegister.QUEUE_DEVICE_LOW, (int) layout.usedRing());
            write(MmioRegister.QUEUE_DEVICE_HIGH, 0);
            write(MmioRegister.QUEUE_READY, 1);
        }
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK
                | DeviceStatus.DRIVER_OK);
    }

    /** One readable buffer on queue {@code q}, published and kicked through QueueNotify. */
    private void submit(int q, long address, int length) {
        queues[q].add(new long[] {address}, new int[] {length}, 1, 0);
        queues[q].publish();
        write(MmioRegister.QUEUE_NOTIFY, q);
    }

    private void awaitUsed(int q) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (queues[q].takeUsed() == DriverQueue.NONE) {
            assertTrue(System.nanoTime() < deadline, "queue " + q + " was never served");
            Thread.sleep(1);
        }
    }

    private int read(int register) {
        return (int) transport.read(register, 4);
    }

    private void write(int register, int value) {
        transport.write(register, 4, value & 0xFFFFFFFFL);
    }
}
