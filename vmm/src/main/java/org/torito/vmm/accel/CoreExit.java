package org.torito.vmm.accel;

/**
 * Why a guest core came back to the monitor: the closed set every accelerator speaks. Whatever
 * the backend saw (a KVM exit reason, a signal in a sandbox process) is translated into one of
 * these before it leaves the accelerator, so everything above it has one code path.
 */
public sealed interface CoreExit {
    /** A hypercall: a write to {@code port} (docs/boot-abi.md), with the guest's RDI and RSI. */
    record PortWrite(int port, long rdi, long rsi) implements CoreExit {
    }

    /** A read from an I/O port; no port can be read. */
    record PortRead(int port, int size) implements CoreExit {
    }

    /** A load of {@code width} bytes from device memory; answer with {@link GuestCore#completeMmioRead}. */
    record MmioRead(long address, int width) implements CoreExit {
    }

    /** A store of {@code width} bytes of {@code value} to device memory. */
    record MmioWrite(long address, int width, long value) implements CoreExit {
    }

    /**
     * The guest broke: a CPU exception, a refused system call, a core that can no longer run.
     * {@code report} is what to print (its first line says what happened, the rest is registers).
     */
    record Fault(String report) implements CoreExit {
        /** The first line, for a one-line reason. */
        public String summary() {
            return report.lines().findFirst().orElse(report);
        }
    }

    /** The run was interrupted (a kick); nothing happened in the guest that needs serving. */
    record Interrupted() implements CoreExit {
    }
}
