package org.torito.vmm.machine;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import org.torito.vmm.host.Libc;
import org.torito.vmm.host.MemFd;

/**
 * Guest RAM, mapped here for the monitor and its devices; the accelerator maps the same pages
 * for the guest. Two kinds, chosen by the accelerator: anonymous memory, which KVM maps through
 * this very mapping, and a shared-memory file (memfd), which a core's process maps too. KVM
 * does not use the file: on the hosts of docs/architecture.md its guests' timed wake-ups were
 * late more often with shmem-backed RAM than with anonymous RAM (which gets transparent huge
 * pages), measured with DedicatedCoresGuestTest (1 run in 5 against 0 in 10). Untouched RAM
 * costs the host nothing either way. Guest-physical 0 is offset 0. Every access is checked against the RAM size first, so an address or
 * length from the guest can at worst raise a {@link GuestAddressException}.
 */
public final class GuestMemory implements AutoCloseable {
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Null for anonymous RAM. */
    private final MemFd file;
    private final MemorySegment ram;

    private GuestMemory(MemFd file, MemorySegment ram) {
        this.file = file;
        this.ram = ram;
    }

    /** {@code size} bytes of zeroed anonymous guest RAM. */
    public static GuestMemory allocate(long size) {
        return new GuestMemory(null, Libc.mmap("guest RAM", size, Libc.PROT_READ | Libc.PROT_WRITE,
                Libc.MAP_PRIVATE | Libc.MAP_ANONYMOUS | Libc.MAP_NORESERVE, -1, 0));
    }

    /** {@code size} bytes of zeroed guest RAM in a shared-memory file that other processes can map. */
    public static GuestMemory allocateShared(long size) {
        MemFd file = MemFd.create("torito-guest-ram", size);
        try {
            return new GuestMemory(file, file.mapShared("guest RAM"));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The file behind guest RAM, for an accelerator that maps it into another process. */
    public MemFd file() {
        if (file == null) {
            throw new IllegalStateException("guest RAM is anonymous memory, not a file");
        }
        return file;
    }

    public long size() {
        return ram.byteSize();
    }

    /** The host mapping, for KVM_SET_USER_MEMORY_REGION. */
    public MemorySegment hostSegment() {
        return ram;
    }

    /** Whether [address, address + length) lies inside guest RAM (overflow-safe). */
    public boolean contains(long address, long length) {
        return address >= 0 && length >= 0 && address <= ram.byteSize() && length <= ram.byteSize() - address;
    }

    /** Throws unless [address, address + length) lies inside guest RAM. */
    public void check(long address, long length) {
        if (!contains(address, length)) {
            throw new GuestAddressException(String.format("guest range [0x%x, +0x%x) lies outside guest RAM (0x%x bytes)",
                    address, length, ram.byteSize()));
        }
    }

    /** A view of guest RAM, checked once here. */
    public MemorySegment slice(long address, long length) {
        check(address, length);
        return ram.asSlice(address, length);
    }

    public long readLong(long address) {
        check(address, 8);
        return ram.get(U64, address);
    }

    public int readInt(long address) {
        check(address, 4);
        return ram.get(U32, address);
    }

    public void writeLong(long address, long value) {
        check(address, 8);
        ram.set(U64, address, value);
    }

    public void writeInt(long address, int value) {
        check(address, 4);
        ram.set(U32, address, value);
    }

    public void writeShort(long address, int value) {
        check(address, 2);
        ram.set(U16, address, (short) value);
    }

    public void writeByte(long address, int value) {
        check(address, 1);
        ram.set(ValueLayout.JAVA_BYTE, address, (byte) value);
    }

    public byte[] read(long address, int length) {
        return slice(address, length).toArray(ValueLayout.JAVA_BYTE);
    }

    public void write(long address, byte[] bytes) {
        slice(address, bytes.length).copyFrom(MemorySegment.ofArray(bytes));
    }

    /** Copies {@code source} into guest RAM at {@code address}. */
    public void write(long address, MemorySegment source) {
        slice(address, source.byteSize()).copyFrom(source);
    }

    @Override
    public void close() {
        Libc.munmap(ram);
        if (file != null) {
            file.close();
        }
    }
}
