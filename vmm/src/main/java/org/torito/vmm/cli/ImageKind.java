package org.torito.vmm.cli;

/** The file systems {@code torito image} can build. */
enum ImageKind {
    EXT2("ext2"),
    FAT("FAT");

    final String label;

    ImageKind(String label) {
        this.label = label;
    }
}
