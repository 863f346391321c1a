package org.torito.vmm.devices.blk;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import org.torito.virtio.DeviceId;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.VirtioMemory;
import org.torito.virtio.blk.BlkConfig;
import org.torito.virtio.blk.BlkFeature;
import org.torito.virtio.blk.BlkRequest;
import org.torito.virtio.blk.BlkRequestHeader;
import org.torito.virtio.blk.BlkRequestType;
import org.torito.virtio.blk.BlkStatus;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.InvalidChainException;
import org.torito.vmm.devices.virtio.VirtioBackend;

/**
 * A virtio-blk device backed by a {@link DiskImage}: read, write, flush (fdatasync), get-id and
 * write-zeroes, one queue per guest core. Data moves straight between the image and guest RAM
 * (a positional read or write on a slice of the RAM segment), with no copy in the monitor.
 * An I/O error on the host answers the request with IOERR and is reported once.
 */
public final class VirtioBlkDevice implements VirtioBackend {
    public static final int QUEUE_SIZE = 256;
    /** Ranges in one write-zeroes request, and sectors in one range. */
    private static final int MAX_RANGES = 16;
    private static final int MAX_ZEROES_SECTORS = 1 << 22;

    private final DiskImage disk;
    private final MemorySegment ram;
    private final VirtioMemory memory;
    private final int queues;
    private final BlkConfig config;
    private final BlkRequest[] requests;
    /** Per queue (each has its own thread): where pread/pwrite leave errno. */
    private final MemorySegment[] callStates;
    private final byte[] id;
    private final java.io.PrintStream errors;
    private volatile boolean reportedIoError;

    public VirtioBlkDevice(DiskImage disk, MemorySegment ram, VirtioMemory memory, int queues, java.io.PrintStream errors) {
        this.disk = disk;
        this.ram = ram;
        this.memory = memory;
        this.queues = queues;
        this.errors = errors;
        this.config = new BlkConfig().capacity(disk.sectors()).numQueues(queues).blkSize(DiskImage.SECTOR)
                .segMax(QUEUE_SIZE - 2).sizeMax(1 << 22)
                .writeZeroes(MAX_ZEROES_SECTORS, MAX_RANGES, false);
        this.requests = new BlkRequest[queues];
        this.callStates = new MemorySegment[queues];
        for (int q = 0; q < queues; q++) {
            requests[q] = new BlkRequest(QUEUE_SIZE, MAX_RANGES);
            requests[q].setDisk(disk.sectors(), disk.readonly());
            callStates[q] = DiskImage.newCallState(Arena.ofAuto());
        }
        String name = disk.fileName();
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        this.id = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, BlkRequestHeader.ID_BYTES));
    }

    @Override
    public int deviceId() {
        return DeviceId.BLOCK;
    }

    @Override
    public int vendorId() {
        return 0x544F5249;   // "TORI"
    }

    @Override
    public long features() {
        long features = VirtioFeature.bit(VirtioFeature.VERSION_1) | VirtioFeature.bit(VirtioFeature.EVENT_IDX)
                | VirtioFeature.bit(VirtioFeature.INDIRECT_DESC) | VirtioFeature.bit(VirtioFeature.RING_RESET)
                | VirtioFeature.bit(BlkFeature.FLUSH) | VirtioFeature.bit(BlkFeature.BLK_SIZE)
                | VirtioFeature.bit(BlkFeature.SEG_MAX) | VirtioFeature.bit(BlkFeature.SIZE_MAX)
                | VirtioFeature.bit(BlkFeature.MQ);
        if (disk.readonly()) {
            features |= VirtioFeature.bit(BlkFeature.RO);
        } else {
            features |= VirtioFeature.bit(BlkFeature.WRITE_ZEROES);
        }
        return features;
    }

    @Override
    public int queueCount() {
        return queues;
    }

    @Override
    public int maxQueueSize(int queue) {
        return QUEUE_SIZE;
    }

    @Override
    public int configSize() {
        return BlkConfig.SIZE;
    }

    @Override
    public int readConfig(int offset, int width) {
        return config.read(offset, width);
    }

    @Override
    public void writeConfig(int offset, int width, int value) {
        // Nothing in the block configuration is writable without CONFIG_WCE, which is not offered.
    }

    @Override
    public int handle(int queue, DescriptorChain chain) throws InvalidChainException {
        BlkRequest request = requests[queue];
        request.parse(memory, chain);
        int written = 0;
        int status = request.status();
        if (status == BlkStatus.OK) {
            try {
                written = execute(request, callStates[queue]);
            } catch (IOException e) {
                status = BlkStatus.IOERR;
                written = 0;
                if (!reportedIoError) {
                    reportedIoError = true;
                    errors.println("torito: " + disk.name() + ": I/O error, answered IOERR: " + e.getMessage());
                    errors.flush();
                }
            }
        }
        memory.write8(request.statusAddress(), status);
        return request.usedLength(written);
    }

    /** Returns the data bytes written into guest memory. */
    private int execute(BlkRequest request, MemorySegment callState) throws IOException {
        long offset = request.sector() * DiskImage.SECTOR;
        switch (request.type()) {
            case BlkRequestType.IN -> {
                for (int s = 0; s < request.dataSegmentCount(); s++) {
                    disk.read(offset, guest(request.dataAddress(s), request.dataLength(s)), callState);
                    offset += request.dataLength(s);
                }
                return (int) request.dataBytes();
            }
            case BlkRequestType.OUT -> {
                for (int s = 0; s < request.dataSegmentCount(); s++) {
                    disk.write(offset, guest(request.dataAddress(s), request.dataLength(s)), callState);
                    offset += request.dataLength(s);
                }
                return 0;
            }
            case BlkRequestType.FLUSH -> {
                disk.flush();
                return 0;
            }
            case BlkRequestType.GET_ID -> {
                int written = 0;
                for (int s = 0; s < request.dataSegmentCount() && written < BlkRequestHeader.ID_BYTES; s++) {
                    int n = Math.min(request.dataLength(s), BlkRequestHeader.ID_BYTES - written);
                    for (int i = 0; i < n; i++) {
                        int at = written + i;
                        memory.write8(request.dataAddress(s) + i, at < id.length ? id[at] : 0);
                    }
                    written += n;
                }
                return written;
            }
            case BlkRequestType.WRITE_ZEROES -> {
                for (int r = 0; r < request.rangeCount(); r++) {
                    disk.writeZeroes(request.rangeSector(r) * DiskImage.SECTOR,
                            (long) request.rangeSectorCount(r) * DiskImage.SECTOR);
                }
                return 0;
            }
            default -> throw new IOException("request type " + request.type() + " passed the parser unhandled");
        }
    }

    /**
     * The guest RAM at guest-physical {@code address}: checked again here, not only by the chain
     * walk, because the slice goes to the kernel as a raw pointer (asSlice checks the RAM's bounds
     * too). RAM starts at guest-physical 0.
     */
    private MemorySegment guest(long address, int length) throws IOException {
        if (!memory.contains(address, length)) {
            throw new IOException("data buffer 0x" + Long.toHexString(address) + "+" + length + " is outside guest RAM");
        }
        return ram.asSlice(address, length);
    }
}
