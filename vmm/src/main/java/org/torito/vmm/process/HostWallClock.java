package org.torito.vmm.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.torito.vmm.accel.WallClock;
import org.torito.vmm.host.HostCallException;

/**
 * The wall-clock pair for a process-backend VM: the guest's cores read the host's own TSC, which
 * Java cannot, so the core-sandbox program reads it between two readings of the host's clock
 * ({@code --wall-clock}), once per boot. A pair kept from an earlier boot would age: the guest
 * extrapolates it with the measured TSC rate, whose error grows with the time since.
 */
final class HostWallClock {
    private HostWallClock() {
    }

    static WallClock read() {
        String out;
        try {
            Process p = new ProcessBuilder(SandboxBinary.get().path(), "--wall-clock").redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() != 0 || !out.matches("[0-9]{1,20} [0-9]{1,20}")) {
                throw new HostCallException("reading the host's clock and TSC: the sandbox program said \"" + out + "\"");
            }
        } catch (IOException e) {
            throw new HostCallException("reading the host's clock and TSC: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostCallException("reading the host's clock and TSC: interrupted");
        }
        String[] words = out.split(" ");
        return new WallClock(Long.parseUnsignedLong(words[1]), Long.parseUnsignedLong(words[0]));
    }
}
