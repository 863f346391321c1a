package org.torito.virtio.net;

/** virtio-net feature bit numbers (virtio 1.2 5.1.3). */
public final class NetFeature {

    public static final int CSUM = 0;
    public static final int GUEST_CSUM = 1;
    public static final int MTU = 3;
    public static final int MAC = 5;
    public static final int GUEST_TSO4 = 7;
    public static final int HOST_TSO4 = 11;
    public static final int MRG_RXBUF = 15;
    public static final int STATUS = 16;
    public static final int CTRL_VQ = 17;
    public static final int MQ = 22;

    private NetFeature() {
    }
}
