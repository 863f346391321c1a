package org.torito.vmm.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;

import org.torito.vmm.host.ChildProcess;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import org.torito.vmm.host.MemFd;

/**
 * The core-sandbox program (vmm/src/main/c/core-sandbox, built into the monitor's jar) as an
 * executable file that exists only in memory: a memfd the monitor holds, run through its
 * /proc path. Nothing is written to disk, and the monitor's jar is all a release needs.
 */
final class SandboxBinary {
    private static final String RESOURCE = "core-sandbox";
    private static SandboxBinary instance;

    private final MemFd file;
    private final String path;

    private SandboxBinary(MemFd file) {
        this.file = file;
        this.path = "/proc/" + ChildProcess.currentPid() + "/fd/" + file.fd();
    }

    /** The one copy for this monitor process, made on first use. */
    static synchronized SandboxBinary get() {
        if (instance == null) {
            instance = new SandboxBinary(load());
        }
        return instance;
    }

    private static MemFd load() {
        byte[] bytes;
        try (InputStream in = SandboxBinary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HostCallException("the monitor's jar has no " + RESOURCE
                        + " program (org/torito/vmm/process/" + RESOURCE + "): rebuild Torito");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new HostCallException("reading the " + RESOURCE + " program from the monitor's jar: " + e.getMessage());
        }
        MemFd file = MemFd.create(RESOURCE, bytes.length);
        MemorySegment mapped = file.mapShared(RESOURCE);
        try {
            MemorySegment.copy(MemorySegment.ofArray(bytes), 0, mapped, 0, bytes.length);
        } finally {
            Libc.munmap(mapped);
        }
        return file;
    }

    /** A path that executes the program, valid while this monitor process lives. */
    String path() {
        return path;
    }
}
