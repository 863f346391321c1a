package org.torito.virtio.blk;

/** virtio-blk request types (virtio 1.2 5.2.6). */
public final class BlkRequestType {

    public static final int IN = 0;
    public static final int OUT = 1;
    public static final int FLUSH = 4;
    public static final int GET_ID = 8;
    public static final int GET_LIFETIME = 10;
    public static final int DISCARD = 11;
    public static final int WRITE_ZEROES = 13;
    public static final int SECURE_ERASE = 14;

    private BlkRequestType() {
    }
}
