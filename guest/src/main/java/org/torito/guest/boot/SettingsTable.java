package org.torito.guest.boot;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.teavm.interop.Address;

/**
 * One table of settings as the boot info carries it (docs/boot-abi.md): {@code name NUL value
 * NUL} pairs of UTF-8, in the config's order: its environment, its system properties, or the
 * disks' mount points (org.torito.guest.files.MountTable).
 */
public final class SettingsTable {
    private SettingsTable() {
    }

    /** The pairs in {@code length} bytes at {@code address}; empty when the address is 0. */
    public static Map<String, String> read(long address, int length) {
        Map<String, String> table = new LinkedHashMap<>();
        if (address == 0 || length <= 0) {
            return table;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Address.fromLong(address + i).getByte();
        }
        int at = 0;
        while (at < length) {
            int nameEnd = indexOfNul(bytes, at);
            int valueEnd = indexOfNul(bytes, nameEnd + 1);
            if (valueEnd >= length) {
                // The monitor ends each value with a NUL; a table that does not is its bug.
                throw new IllegalStateException("the boot info's settings table is cut short at byte " + at);
            }
            table.put(new String(bytes, at, nameEnd - at, StandardCharsets.UTF_8),
                    new String(bytes, nameEnd + 1, valueEnd - nameEnd - 1, StandardCharsets.UTF_8));
            at = valueEnd + 1;
        }
        return table;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != 0) {
            i++;
        }
        return i;
    }
}
