package org.torito.vmm.accel;

import java.time.Instant;

/**
 * A reading of the host's wall clock paired with the guest's time stamp counter at the same
 * moment. The guest keeps real time from it: {@code epochNanos + (tsc - guestTsc) / tsc_hz}
 * (docs/boot-abi.md, "Wall clock"). The TSC runs at one rate in every core of a VM (KVM keeps
 * vCPUs created together in step; the process backend's cores read the host's own), so one
 * pair serves them all.
 */
public record WallClock(long epochNanos, long guestTsc) {

    /** The host's CLOCK_REALTIME in nanoseconds since the Unix epoch. */
    public static long hostEpochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
