package org.torito.vmm.devices;

import java.util.ArrayList;
import java.util.List;

/**
 * Which device owns a guest-physical address above RAM. Devices are placed once, before the
 * vCPUs start, and never move, so lookups need no lock and allocate nothing.
 */
public final class MmioBus {
    private final List<Mapping> mappings = new ArrayList<>();

    /** A device at [{@code base}, {@code base + size}). */
    public record Mapping(long base, long size, MmioDevice device) {
        boolean holds(long address, int width) {
            return address >= base && address - base <= size - width;
        }
    }

    /** Puts {@code device} at [{@code base}, {@code base + size}); the range must be free. */
    public void place(long base, long size, MmioDevice device) {
        for (Mapping m : mappings) {
            if (base < m.base + m.size && m.base < base + size) {
                throw new IllegalArgumentException(String.format(
                        "MMIO range 0x%x+0x%x overlaps a device at 0x%x", base, size, m.base));
            }
        }
        mappings.add(new Mapping(base, size, device));
    }

    /** The device that holds all {@code width} bytes at {@code address}, or null. */
    public Mapping at(long address, int width) {
        for (Mapping m : mappings) {
            if (m.holds(address, width)) {
                return m;
            }
        }
        return null;
    }
}
