package org.torito.guest.kernel;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * The platform layer's device functions (boot/src/main/c/torito/devices.c): the devices the
 * boot info lists, their MMIO registers, and DMA memory, which stays put (unlike a Java array)
 * so a device may read and write it.
 */
public final class DeviceCalls {

    private DeviceCalls() {
    }

    @Import(name = "torito_device_count")
    @Include("torito_guest.h")
    public static native int deviceCount();

    @Import(name = "torito_device_base")
    @Include("torito_guest.h")
    public static native long deviceBase(int index);

    @Import(name = "torito_device_size")
    @Include("torito_guest.h")
    public static native long deviceSize(int index);

    /** The virtio device id: 1 network, 2 block. */
    @Import(name = "torito_device_type")
    @Include("torito_guest.h")
    public static native int deviceType(int index);

    /** Queue k belongs to core k. */
    @Import(name = "torito_device_queues")
    @Include("torito_guest.h")
    public static native int deviceQueues(int index);

    /** One exit to the monitor each: for setting a device up, not per request. */
    @Import(name = "torito_mmio_read32")
    @Include("torito_guest.h")
    public static native int mmioRead32(long address);

    @Import(name = "torito_mmio_write32")
    @Include("torito_guest.h")
    public static native void mmioWrite32(long address, int value);

    @Import(name = "torito_load_acquire_short")
    @Include("torito_guest.h")
    public static native int loadAcquireShort(long address);

    @Import(name = "torito_store_release_short")
    @Include("torito_guest.h")
    public static native void storeReleaseShort(long address, int value);

    /** Zeroed memory aligned to {@code align} (a power of two up to 64 KiB) for the life of the core; 0 if none is left. */
    @Import(name = "torito_dma_alloc")
    @Include("torito_guest.h")
    public static native long dmaAlloc(long size, long align);

    /**
     * The address of the NUL-terminated value of the monitor's {@code torito.net=} command-line
     * word (docs/boot-abi.md, "Network address"), or 0 when the monitor gave none.
     */
    @Import(name = "torito_net_config")
    @Include("torito_guest.h")
    public static native long netConfig();
}
