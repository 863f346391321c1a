package org.torito.bench;

import jnr.ffi.LibraryLoader;

/** ioctl through jnr-ffi: the alternative to the FFM downcall the monitor uses. */
public interface JnrLibc {
    int ioctl(int fd, long request, long argument);

    static JnrLibc load() {
        return LibraryLoader.create(JnrLibc.class).load("c");
    }
}
