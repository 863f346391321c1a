package org.torito.virtio.blk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.torito.virtio.GuestRam;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.DeviceQueue;
import org.torito.virtio.queue.DriverQueue;
import org.torito.virtio.queue.InvalidChainException;
import org.torito.virtio.queue.QueueLayout;

/** virtio-blk requests built by the driver side and parsed by the device side. */
class BlkRequestTest {

    static final long BASE = 0x2000_0000L;
    static final long HEADER = BASE + 0x8000;
    static final long DATA = BASE + 0x9000;
    static final long STATUS = BASE + 0xf000;
    static final long CAPACITY = 1000;

    final SegmentVirtioMemory memory = GuestRam.at(BASE, 0x10000);
    DriverQueue driver;
    DeviceQueue device;
    final BlkRequest request = new BlkRequest(16, 4);

    @BeforeEach
    void setUp() {
        QueueLayout layout = QueueLayout.contiguous(BASE, 16);
        driver = new DriverQueue(memory, layout, false);
        device = new DeviceQueue(memory, 16);
        device.setSize(16);
        device.setDescTable(layout.descTable());
        device.setAvailRing(layout.availRing());
        device.setUsedRing(layout.usedRing());
        device.setNegotiatedFeatures(VirtioFeature.bit(VirtioFeature.VERSION_1));
        assertNull(device.enable());
        request.setDisk(CAPACITY, false);
    }

    DescriptorChain send(long[] addrs, int[] lens, int readable, int writable) throws InvalidChainException {
        driver.add(addrs, lens, readable, writable);
        driver.publish();
        DescriptorChain chain = device.pop(new DescriptorChain(16));
        device.addUsed(chain.head(), 0); // the chain's segments stay readable after it is returned
        driver.takeUsed();
        return chain;
    }

    void parse(int type, long sector, long[] addrs, int[] lens, int readable, int writable) throws InvalidChainException {
        BlkRequestHeader.write(memory, HEADER, type, sector);
        request.parse(memory, send(addrs, lens, readable, writable));
    }

    @Test
    void aReadNamesItsSectorDataAndStatusByte() throws InvalidChainException {
        parse(BlkRequestType.IN, 998, new long[] {HEADER, DATA, DATA + 0x800, STATUS}, new int[] {16, 512, 512, 1}, 1, 3);
        assertEquals(BlkStatus.OK, request.status());
        assertNull(request.problem());
        assertEquals(BlkRequestType.IN, request.type());
        assertEquals(998, request.sector());
        assertEquals(2, request.dataSegmentCount());
        assertEquals(DATA + 0x800, request.dataAddress(1));
        assertEquals(1024, request.dataBytes());
        assertEquals(STATUS, request.statusAddress());
        assertEquals(1025, request.usedLength(1024));
    }

    @Test
    void aWriteWithHeaderAndDataSharingADescriptorParses() throws InvalidChainException {
        BlkRequestHeader.write(memory, DATA - 16, BlkRequestType.OUT, 7);
        request.parse(memory, send(new long[] {DATA - 16, DATA + 500, STATUS}, new int[] {16 + 500, 12, 1}, 2, 1));
        assertEquals(BlkStatus.OK, request.status(), request.problem());
        assertEquals(7, request.sector());
        assertEquals(2, request.dataSegmentCount());
        assertEquals(DATA, request.dataAddress(0));
        assertEquals(500, request.dataLength(0));
        assertEquals(512, request.dataBytes());
        assertEquals(STATUS, request.statusAddress());
    }

    @Test
    void aReadWithDataAndStatusSharingADescriptorParses() throws InvalidChainException {
        parse(BlkRequestType.IN, 3, new long[] {HEADER, DATA}, new int[] {16, 513}, 1, 1);
        assertEquals(BlkStatus.OK, request.status(), request.problem());
        assertEquals(1, request.dataSegmentCount());
        assertEquals(512, request.dataLength(0));
        assertEquals(DATA + 512, request.statusAddress());
    }

    @Test
    void aHeaderSplitOverDescriptorsIsReassembled() throws InvalidChainException {
        BlkRequestHeader.write(memory, HEADER, BlkRequestType.FLUSH, 0x0102030405060708L);
        long[] addrs = {HEADER, HEADER + 3, HEADER + 11, STATUS};
        request.parse(memory, send(addrs, new int[] {3, 8, 5, 1}, 3, 1));
        assertEquals(BlkRequestType.FLUSH, request.type());
        assertEquals(0x0102030405060708L, request.sector());
        assertEquals(BlkStatus.OK, request.status());
    }

    @Test
    void getIdGivesTheIdBuffer() throws InvalidChainException {
        parse(BlkRequestType.GET_ID, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 20, 1}, 1, 2);
        assertEquals(BlkStatus.OK, request.status());
        assertEquals(20, request.dataBytes());
    }

    @Test
    void discardAndWriteZeroesRangesAreReadAndChecked() throws InvalidChainException {
        BlkRange.write(memory, DATA, 10, 5, 0);
        BlkRange.write(memory, DATA + 16, 990, 10, 0);
        parse(BlkRequestType.DISCARD, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 32, 1}, 2, 1);
        assertEquals(BlkStatus.OK, request.status(), request.problem());
        assertEquals(2, request.rangeCount());
        assertEquals(990, request.rangeSector(1));
        assertEquals(10, request.rangeSectorCount(1));

        BlkRange.write(memory, DATA, 10, 5, BlkRange.FLAG_UNMAP);
        parse(BlkRequestType.WRITE_ZEROES, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16, 1}, 2, 1);
        assertEquals(BlkStatus.OK, request.status(), request.problem());
        assertEquals(BlkRange.FLAG_UNMAP, request.rangeFlags(0));

        parse(BlkRequestType.DISCARD, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16, 1}, 2, 1);
        assertEquals(BlkStatus.UNSUPP, request.status(), "unmap is a WRITE_ZEROES flag only");
        BlkRange.write(memory, DATA, 10, 5, 4);
        parse(BlkRequestType.WRITE_ZEROES, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16, 1}, 2, 1);
        assertEquals(BlkStatus.UNSUPP, request.status());
        BlkRange.write(memory, DATA, 995, 6, 0);
        parse(BlkRequestType.WRITE_ZEROES, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status());
        assertTrue(request.problem().contains("range 0"), request.problem());
        parse(BlkRequestType.DISCARD, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 24, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status(), "24 bytes are not whole ranges");
        parse(BlkRequestType.DISCARD, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16 * 5, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status(), "5 ranges, 4 offered");
    }

    @Test
    void requestsPastTheDiskAreIoErrorsWithoutOverflow() throws InvalidChainException {
        parse(BlkRequestType.IN, 999, new long[] {HEADER, DATA, STATUS}, new int[] {16, 1024, 1}, 1, 2);
        assertEquals(BlkStatus.IOERR, request.status());
        parse(BlkRequestType.IN, 1000, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 1, 2);
        assertEquals(BlkStatus.IOERR, request.status());
        parse(BlkRequestType.IN, -1L, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 1, 2);
        assertEquals(BlkStatus.IOERR, request.status(), "sector 2^64-1 does not wrap to 0");
        parse(BlkRequestType.OUT, Long.MAX_VALUE, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status());
        BlkRange.write(memory, DATA, -4L, 8, 0);
        parse(BlkRequestType.DISCARD, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 16, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status());
    }

    @Test
    void malformedButAnswerableRequestsGetAnErrorStatus() throws InvalidChainException {
        parse(BlkRequestType.IN, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 100, 1}, 1, 2);
        assertEquals(BlkStatus.IOERR, request.status());
        assertTrue(request.problem().contains("not a multiple of 512"), request.problem());
        parse(BlkRequestType.IN, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status(), "a read whose data the device would read");
        parse(BlkRequestType.OUT, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 1, 2);
        assertEquals(BlkStatus.IOERR, request.status(), "a write whose data the device would write");
        parse(BlkRequestType.FLUSH, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status());
        parse(BlkRequestType.GET_ID, 0, new long[] {HEADER, STATUS}, new int[] {16, 1}, 1, 1);
        assertEquals(BlkStatus.IOERR, request.status());
        parse(77, 0, new long[] {HEADER, STATUS}, new int[] {16, 1}, 1, 1);
        assertEquals(BlkStatus.UNSUPP, request.status());
        assertEquals(STATUS, request.statusAddress());
        request.setDisk(CAPACITY, true);
        parse(BlkRequestType.OUT, 0, new long[] {HEADER, DATA, STATUS}, new int[] {16, 512, 1}, 2, 1);
        assertEquals(BlkStatus.IOERR, request.status());
        assertTrue(request.problem().contains("read-only"));
    }

    @Test
    void requestsWithoutHeaderOrStatusCannotBeAnswered() throws InvalidChainException {
        DescriptorChain shortHeader = send(new long[] {HEADER, STATUS}, new int[] {15, 1}, 1, 1);
        InvalidChainException e = assertThrows(InvalidChainException.class, () -> request.parse(memory, shortHeader));
        assertTrue(e.getMessage().contains("16-byte header"), e.getMessage());
        assertEquals(shortHeader.head(), e.head());
        DescriptorChain noStatus = send(new long[] {HEADER, DATA}, new int[] {16, 512}, 2, 0);
        assertThrows(InvalidChainException.class, () -> request.parse(memory, noStatus));
        DescriptorChain emptyStatus = send(new long[] {HEADER, STATUS}, new int[] {16, 0}, 1, 1);
        assertThrows(InvalidChainException.class, () -> request.parse(memory, emptyStatus));
        DescriptorChain headerWritable = send(new long[] {HEADER, STATUS}, new int[] {16, 1}, 0, 2);
        assertThrows(InvalidChainException.class, () -> request.parse(memory, headerWritable));
    }

    @Test
    void theConfigSpaceLaysFieldsOutAsTheSpecSays() {
        BlkConfig config = new BlkConfig().capacity(0x1122334455667788L).segMax(126).blkSize(4096).numQueues(4)
                .discard(0xffff, 8, 1).writeZeroes(0x8000, 2, true);
        assertEquals(0x55667788, config.read(BlkConfig.CAPACITY, 4));
        assertEquals(0x11223344, config.read(BlkConfig.CAPACITY + 4, 4));
        assertEquals(126, config.read(BlkConfig.SEG_MAX, 4));
        assertEquals(4096, config.read(BlkConfig.BLK_SIZE, 4));
        assertEquals(4, config.read(BlkConfig.NUM_QUEUES, 2));
        assertEquals(8, config.read(40, 4));
        assertEquals(0x8000, config.read(48, 4));
        assertEquals(2, config.read(52, 4));
        assertEquals(1, config.read(56, 1));
        assertEquals(0, config.read(BlkConfig.SIZE, 4));
    }
}
