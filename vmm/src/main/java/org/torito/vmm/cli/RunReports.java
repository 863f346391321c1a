package org.torito.vmm.cli;

/**
 * What {@code torito run} reports on standard error after the guest stops, for benchmarks and
 * diagnosis: the guest's boot timing ({@code --boot-marks}) and the user-space exits each
 * core took ({@code --exits}), the budget docs/architecture.md says a design lives within.
 */
public record RunReports(boolean bootMarks, boolean exits) {
    public static final RunReports NONE = new RunReports(false, false);
}
