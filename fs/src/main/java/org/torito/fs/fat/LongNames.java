package org.torito.fs.fat;

import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/**
 * VFAT long names: up to 255 UTF-16 units in 13-unit pieces, stored in directory entries with
 * attribute 0x0F just before the 8.3 entry they name, last piece first, each carrying the
 * checksum of the 8.3 name.
 */
final class LongNames {
    static final int ATTR_LONG_NAME = 0x0F;
    static final int UNITS_PER_ENTRY = 13;
    static final int LAST = 0x40;
    private static final int[] UNIT_OFFSETS = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};
    private static final String SHORT_INVALID = "\"*+,./:;<=>?[\\]|";

    private LongNames() {
    }

    static int checksum(byte[] b, int off) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) + (sum >>> 1) + (b[off + i] & 0xFF)) & 0xFF;
        }
        return sum;
    }

    static void checkName(String name) throws FsException {
        if (name.isEmpty() || name.length() > 255) {
            throw new FsException(FsError.INVALID_ARGUMENT, "FAT names are 1..255 characters: " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || "\"*/:<>?\\|".indexOf(c) >= 0) {
                throw new FsException(FsError.INVALID_ARGUMENT, "character '" + c + "' is not allowed in FAT name " + name);
            }
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            throw new FsException(FsError.INVALID_ARGUMENT, "FAT names cannot end with '.' or ' ': " + name);
        }
    }

    /** The 11-byte 8.3 form if {@code name} is already a plain upper-case 8.3 name, else null. */
    static byte[] exactShortName(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (base.isEmpty() || base.length() > 8 || ext.length() > 3 || ext.indexOf('.') >= 0 || (dot >= 0 && ext.isEmpty())) {
            return null;
        }
        byte[] b = blankShortName();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c >= 0x7F || c == ' ' || SHORT_INVALID.indexOf(c) >= 0 || Character.isLowerCase(c)) {
                return null;
            }
        }
        for (int i = 0; i < base.length(); i++) {
            b[i] = (byte) base.charAt(i);
        }
        for (int i = 0; i < ext.length(); i++) {
            b[8 + i] = (byte) ext.charAt(i);
        }
        if (b[0] == (byte) 0xE5) {
            b[0] = 0x05;
        }
        return b;
    }

    static byte[] blankShortName() {
        byte[] b = new byte[11];
        for (int i = 0; i < 11; i++) {
            b[i] = ' ';
        }
        return b;
    }

    /** A short alias "BASE~N.EXT" for a long name: upper case, invalid characters as '_'. */
    static byte[] alias(String name, int n) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? "" : name.substring(dot + 1);
        String suffix = "~" + n;
        byte[] b = blankShortName();
        int keep = 8 - suffix.length();
        int at = 0;
        for (int i = 0; i < base.length() && at < keep; i++) {
            int c = shortChar(base.charAt(i));
            if (c != 0) {
                b[at++] = (byte) c;
            }
        }
        if (at == 0) {
            b[at++] = '_';
        }
        for (int i = 0; i < suffix.length(); i++) {
            b[at++] = (byte) suffix.charAt(i);
        }
        for (int i = 0, e = 0; i < ext.length() && e < 3; i++) {
            int c = shortChar(ext.charAt(i));
            if (c != 0) {
                b[8 + e++] = (byte) c;
            }
        }
        return b;
    }

    private static int shortChar(char c) {
        if (c == ' ' || c == '.') {
            return 0;
        }
        if (c >= 0x7F || SHORT_INVALID.indexOf(c) >= 0) {
            return '_';
        }
        return Character.toUpperCase(c);
    }

    /** How many 32-byte entries the long name needs. */
    static int entries(String name) {
        return (name.length() + UNITS_PER_ENTRY - 1) / UNITS_PER_ENTRY;
    }

    /** Writes long-name entry {@code ordinal} (1-based) of {@code name} at {@code off}. */
    static void write(byte[] b, int off, String name, int ordinal, boolean last, int checksum) {
        for (int i = 0; i < 32; i++) {
            b[off + i] = 0;
        }
        b[off] = (byte) (ordinal | (last ? LAST : 0));
        b[off + 11] = (byte) ATTR_LONG_NAME;
        b[off + 13] = (byte) checksum;
        int start = (ordinal - 1) * UNITS_PER_ENTRY;
        for (int i = 0; i < UNITS_PER_ENTRY; i++) {
            int index = start + i;
            int unit = index < name.length() ? name.charAt(index) : index == name.length() ? 0 : 0xFFFF;
            LittleEndian.put16(b, off + UNIT_OFFSETS[i], unit);
        }
    }

    /** Appends the units of the long-name entry at {@code off} to {@code into}, up to a NUL. */
    static void read(byte[] b, int off, char[] into, int ordinal) {
        int start = (ordinal - 1) * UNITS_PER_ENTRY;
        for (int i = 0; i < UNITS_PER_ENTRY; i++) {
            into[start + i] = (char) LittleEndian.u16(b, off + UNIT_OFFSETS[i]);
        }
    }
}
