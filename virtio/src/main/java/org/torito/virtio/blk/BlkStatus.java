package org.torito.virtio.blk;

/** The status byte the device writes last in every virtio-blk request (virtio 1.2 5.2.6). */
public final class BlkStatus {

    public static final int OK = 0;
    public static final int IOERR = 1;
    public static final int UNSUPP = 2;

    private BlkStatus() {
    }
}
