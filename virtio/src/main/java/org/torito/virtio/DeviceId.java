package org.torito.virtio;

/** Virtio device ids (virtio 1.2 section 5). */
public final class DeviceId {

    public static final int NET = 1;
    public static final int BLOCK = 2;
    public static final int CONSOLE = 3;
    public static final int ENTROPY = 4;
    public static final int BALLOON = 5;
    public static final int VSOCK = 19;

    private DeviceId() {
    }
}
