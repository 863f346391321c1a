package org.torito.vmm.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.torito.vmm.host.HostCallException;

/**
 * The host's TSC rate, which the guest's clock needs (boot info tsc_hz). KVM reports it; here
 * the core-sandbox program measures it once per monitor process against CLOCK_MONOTONIC_RAW.
 */
final class TscRate {
    private static long hz;

    private TscRate() {
    }

    static synchronized long hz() {
        if (hz == 0) {
            hz = measure();
        }
        return hz;
    }

    private static long measure() {
        try {
            Process p = new ProcessBuilder(SandboxBinary.get().path(), "--tsc-hz").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() != 0 || !out.matches("[0-9]{6,12}")) {
                throw new HostCallException("measuring the TSC rate: the sandbox program said \"" + out + "\"");
            }
            return Long.parseLong(out);
        } catch (IOException e) {
            throw new HostCallException("measuring the TSC rate: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostCallException("measuring the TSC rate: interrupted");
        }
    }
}
