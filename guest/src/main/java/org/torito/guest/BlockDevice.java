package org.torito.guest;

import java.io.IOException;

import org.torito.guest.devices.blk.VirtioBlkDriver;
import org.torito.guest.kernel.DeviceCalls;

/**
 * A disk of the VM (the config's {@code "disks"}, in order): whole 512-byte sectors read and
 * written from this core, flushed to the host's storage on request. Each core that opens a disk
 * gets its own queue to it, so cores never share a lock. Core 0 must open a disk before other
 * cores do (it sets the device up).
 */
public final class BlockDevice {
    public static final int SECTOR_SIZE = VirtioBlkDriver.SECTOR;
    /** How many requests this core's threads may have in flight on one disk, started reads included. */
    public static final int MAX_IN_FLIGHT = VirtioBlkDriver.SLOTS;
    /** The most one started read may ask for. */
    public static final int MAX_STARTED_BYTES = VirtioBlkDriver.PIECE;
    private static final int TYPE_BLOCK = 2;
    /** This core's open disks, by index among the block devices; statics are per core. */
    private static BlockDevice[] opened;

    private final VirtioBlkDriver driver;

    private BlockDevice(VirtioBlkDriver driver) {
        this.driver = driver;
    }

    /** How many disks the VM has. */
    public static int count() {
        int n = 0;
        for (int i = 0; i < DeviceCalls.deviceCount(); i++) {
            if (DeviceCalls.deviceType(i) == TYPE_BLOCK) {
                n++;
            }
        }
        return n;
    }

    /** Disk {@code disk} (0 is the config's first), set up on first use on this core. */
    public static BlockDevice open(int disk) throws IOException {
        int total = count();
        if (disk < 0 || disk >= total) {
            throw new IOException("no disk " + disk + ": the VM has " + total);
        }
        if (opened == null) {
            opened = new BlockDevice[total];
        }
        if (opened[disk] == null) {
            opened[disk] = new BlockDevice(VirtioBlkDriver.open(deviceIndex(disk)));
        }
        return opened[disk];
    }

    private static int deviceIndex(int disk) {
        for (int i = 0, n = 0; i < DeviceCalls.deviceCount(); i++) {
            if (DeviceCalls.deviceType(i) == TYPE_BLOCK && n++ == disk) {
                return i;
            }
        }
        throw new IllegalArgumentException("disk " + disk);
    }

    /** Size in sectors. */
    public long capacity() {
        return driver.capacity();
    }

    public boolean readOnly() {
        return driver.readOnly();
    }

    /** The disk's id (its serial, e.g. the image's file name), up to 20 characters. */
    public String id() throws IOException {
        return driver.id();
    }

    /** Reads {@code length} bytes, a whole number of sectors, from {@code sector} on. */
    public void read(long sector, byte[] buffer, int offset, int length) throws IOException {
        driver.read(sector, buffer, offset, length);
    }

    /**
     * Starts reading {@code length} bytes (whole sectors, at most {@link #MAX_STARTED_BYTES})
     * from {@code sector} into {@code buffer} and returns a ticket at once; {@link #complete}
     * waits for it and fills the buffer. Up to {@link #MAX_IN_FLIGHT} requests of this core's
     * threads are in flight at once, and they keep the device busy while the thread goes on.
     * When all are taken and some are this thread's, this throws {@code IllegalStateException}:
     * complete one of them first.
     */
    public int startRead(long sector, byte[] buffer, int offset, int length) throws IOException {
        return driver.startRead(sector, buffer, offset, length);
    }

    /** Waits for a started read; its buffer holds the data when this returns. */
    public void complete(int ticket) throws IOException {
        driver.complete(ticket);
    }

    /** Writes {@code length} bytes, a whole number of sectors, from {@code sector} on. Durable only after {@link #flush()}. */
    public void write(long sector, byte[] buffer, int offset, int length) throws IOException {
        driver.write(sector, buffer, offset, length);
    }

    /** Returns when every write that completed before it is on the host's storage. */
    public void flush() throws IOException {
        driver.flush();
    }
}
