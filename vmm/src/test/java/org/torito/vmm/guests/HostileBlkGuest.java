package org.torito.vmm.guests;

import org.torito.guest.devices.PhysicalMemory;
import org.torito.guest.devices.VirtioMmioDriver;
import org.torito.guest.devices.blk.VirtioBlkDriver;
import org.torito.guest.kernel.DeviceCalls;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.queue.Descriptor;
import org.torito.virtio.queue.QueueLayout;

/**
 * A guest that breaks the virtio rules on purpose, one way per round: each round sets disk 0
 * up afresh, publishes a bad chain on queue 0, notifies, and reports whether the device marked
 * itself DEVICE_NEEDS_RESET. At the end a well-behaved driver resets the device and reads from
 * it, to show the monitor and the device survived.
 */
public final class HostileBlkGuest {
    private static final PhysicalMemory M = PhysicalMemory.INSTANCE;
    private static final int SIZE = 16;

    private HostileBlkGuest() {
    }

    public static void main(String[] args) throws Exception {
        String[] rounds = {"outside-ram", "wrapping-address", "loop", "avail-idx-ahead", "head-out-of-range",
                "indirect-loop", "indirect-nested", "readable-after-writable", "no-status-byte"};
        for (String round : rounds) {
            VirtioMmioDriver device = new VirtioMmioDriver(0);
            device.negotiate(VirtioFeature.bit(VirtioFeature.EVENT_IDX) | VirtioFeature.bit(VirtioFeature.INDIRECT_DESC));
            device.driverOk();
            long ring = DeviceCalls.dmaAlloc(QueueLayout.contiguousBytes(SIZE) + 3 * 4096, 4096);
            QueueLayout layout = QueueLayout.contiguous(ring, SIZE);
            device.enableQueue(0, layout);
            long buffer = ring + QueueLayout.contiguousBytes(SIZE) + 4096;
            craft(round, layout, buffer);
            device.notifyQueue(0);
            int status = 0;
            for (int i = 0; i < 1000 && (status & DeviceStatus.DEVICE_NEEDS_RESET) == 0; i++) {
                Thread.sleep(1);
                status = device.status();
            }
            System.out.println(round + ": " + ((status & DeviceStatus.DEVICE_NEEDS_RESET) != 0 ? "needs reset" : "NOT refused, status 0x"
                    + Integer.toHexString(status)));
        }
        VirtioBlkDriver disk = VirtioBlkDriver.open(0);
        byte[] sector = new byte[512];
        disk.read(0, sector, 0, sector.length);
        System.out.println("after a reset the disk reads again: first byte " + (sector[0] & 0xFF));
    }

    private static void descriptor(QueueLayout layout, int index, long address, int length, int flags, int next) {
        descriptorAt(layout.descriptor(index), address, length, flags, next);
    }

    private static void descriptorAt(long at, long address, int length, int flags, int next) {
        M.write64(at + Descriptor.ADDR, address);
        M.write32(at + Descriptor.LEN, length);
        M.write16(at + Descriptor.FLAGS, flags);
        M.write16(at + Descriptor.NEXT, next);
    }

    private static void craft(String round, QueueLayout layout, long buffer) {
        int head = 0;
        int availIdx = 1;
        switch (round) {
            case "outside-ram" -> {
                descriptor(layout, 0, 0x7F00_0000_0000L, 16, Descriptor.F_NEXT, 1);
                descriptor(layout, 1, buffer, 1, Descriptor.F_WRITE, 0);
            }
            case "wrapping-address" -> {
                descriptor(layout, 0, -16L, 32, Descriptor.F_NEXT, 1);
                descriptor(layout, 1, buffer, 1, Descriptor.F_WRITE, 0);
            }
            case "loop" -> {
                descriptor(layout, 0, buffer, 16, Descriptor.F_NEXT, 1);
                descriptor(layout, 1, buffer + 16, 16, Descriptor.F_NEXT, 0);
            }
            case "avail-idx-ahead" -> {
                descriptor(layout, 0, buffer, 16, 0, 0);
                availIdx = 1000;
            }
            case "head-out-of-range" -> head = 9999;
            case "indirect-loop" -> {
                long table = buffer + 512;
                descriptorAt(table, buffer, 16, Descriptor.F_NEXT, 1);
                descriptorAt(table + 16, buffer + 16, 1, Descriptor.F_WRITE | Descriptor.F_NEXT, 0);
                descriptor(layout, 0, table, 32, Descriptor.F_INDIRECT, 0);
            }
            case "indirect-nested" -> {
                long table = buffer + 512;
                descriptorAt(table, buffer + 1024, 16, Descriptor.F_INDIRECT, 0);
                descriptor(layout, 0, table, 16, Descriptor.F_INDIRECT, 0);
            }
            case "readable-after-writable" -> {
                descriptor(layout, 0, buffer, 16, Descriptor.F_WRITE | Descriptor.F_NEXT, 1);
                descriptor(layout, 1, buffer + 16, 16, Descriptor.F_NEXT, 2);
                descriptor(layout, 2, buffer + 32, 1, Descriptor.F_WRITE, 0);
            }
            case "no-status-byte" -> descriptor(layout, 0, buffer, 16, 0, 0);
            default -> throw new IllegalArgumentException(round);
        }
        M.write16(layout.availEntry(0), head);
        M.storeRelease16(layout.availIdx(), availIdx);
    }
}
