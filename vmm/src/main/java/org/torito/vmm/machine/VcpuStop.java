package org.torito.vmm.machine;

/**
 * Why a vCPU stopped: the monitor's exit code, the core, a one-line reason, and the CS
 * selector at an EXIT hypercall (-1 for any other stop).
 */
public record VcpuStop(int exitCode, int core, String reason, int exitCodeSegment) {
    static VcpuStop failure(int core, String reason) {
        return new VcpuStop(Machine.EXIT_GUEST_FAILURE, core, reason, -1);
    }
}
