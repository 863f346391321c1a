package org.torito.difftest;

/**
 * Runs one program of the differential suite the way Torito would: AOT-compiled by TeaVM's C
 * backend. The suite compares what it returns against HotSpot.
 *
 * <p>Today's implementation is {@link HostedTeaVmRunner} (the same TeaVM C output, linked as
 * an ordinary Linux executable). A Torito-guest implementation builds {@link DiffSuite} with
 * the image builder once, then boots it under the monitor with the program name on the guest
 * command line, and returns the console bytes and the guest's exit code.
 */
public interface GuestRunner {

    /** A short name for reports, e.g. "hosted-teavm". */
    String name();

    /**
     * Runs {@code program} (a simple class name from {@link DiffSuite#PROGRAMS}). Builds
     * whatever it needs on first use.
     */
    ProgramRun run(String program) throws Exception;
}
