package org.torito.fs.ext2;

/** Feature bits of a rev 1 superblock, and which of them this code handles. */
final class Ext2Features {
    static final int COMPAT_HAS_JOURNAL = 0x4;
    static final int COMPAT_DIR_INDEX = 0x20;

    static final int INCOMPAT_FILETYPE = 0x2;
    /** Everything else in INCOMPAT changes the on-disk format: refuse to mount. */
    static final int INCOMPAT_SUPPORTED = INCOMPAT_FILETYPE;

    static final int RO_COMPAT_SPARSE_SUPER = 0x1;
    static final int RO_COMPAT_LARGE_FILE = 0x2;
    /** Unknown RO_COMPAT bits allow reading but not writing. */
    static final int RO_COMPAT_SUPPORTED = RO_COMPAT_SPARSE_SUPER | RO_COMPAT_LARGE_FILE;

    private static final String[] INCOMPAT_NAMES = {"compression", "filetype", "needs_recovery", "journal_dev",
        "meta_bg", "0x20", "extents", "64bit", "mmp", "flex_bg", "ea_inode", "0x800", "dirdata", "metadata_csum_seed",
        "large_dir", "inline_data", "encrypt", "casefold"};
    private static final String[] RO_COMPAT_NAMES = {"sparse_super", "large_file", "btree_dir", "huge_file",
        "uninit_bg", "dir_nlink", "extra_isize", "0x80", "quota", "bigalloc", "metadata_csum", "replica",
        "read-only", "project", "shared_blocks", "verity", "orphan_present"};

    private Ext2Features() {
    }

    static String incompatNames(int bits) {
        return names(bits, INCOMPAT_NAMES);
    }

    static String roCompatNames(int bits) {
        return names(bits, RO_COMPAT_NAMES);
    }

    private static String names(int bits, String[] known) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            if ((bits & (1 << i)) != 0) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(i < known.length ? known[i] : "0x" + Integer.toHexString(1 << i));
            }
        }
        return s.toString();
    }
}
