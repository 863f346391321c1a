package org.torito.vmm;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the test classes named on the command line and prints one line per test, each failure
 * with its stack trace, and the counts; exits 0 when every test passed and at least one ran.
 * For where Maven is not at hand: inside the emulated VM of scripts/test-kvm-nested.
 */
public final class ConsoleTestRunner {
    private ConsoleTestRunner() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length == 0) {
            System.err.println("usage: ConsoleTestRunner TEST-CLASS...");
            System.exit(2);
        }
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String name : args) {
            request.selectors(selectClass(Class.forName(name)));
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request.build(), summary, new Progress());
        TestExecutionSummary counts = summary.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        counts.printFailuresTo(out, 40);
        System.out.printf(Locale.ROOT, "tests: %d run, %d passed, %d failed, %d skipped, in %.1f s%n",
                counts.getTestsStartedCount(), counts.getTestsSucceededCount(), counts.getTotalFailureCount(),
                counts.getTestsSkippedCount(), (counts.getTimeFinished() - counts.getTimeStarted()) / 1000.0);
        boolean passed = counts.getTotalFailureCount() == 0 && counts.getTestsSucceededCount() > 0;
        System.exit(passed ? 0 : 1);
    }

    /** One line as each test starts and ends, so a slow run shows where it is. */
    private static final class Progress implements TestExecutionListener {
        private final Map<TestIdentifier, Long> started = new ConcurrentHashMap<>();

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                started.put(test, System.nanoTime());
                System.out.println("  start   " + test.getDisplayName());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            System.out.println("  skipped " + test.getDisplayName() + ": " + reason);
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Long start = started.remove(test);
            if (start == null) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    System.out.println("  " + result.getStatus() + " " + test.getDisplayName() + ": "
                            + result.getThrowable().map(Throwable::toString).orElse(""));
                }
                return;
            }
            String status = switch (result.getStatus()) {
                case SUCCESSFUL -> "ok     ";
                case FAILED -> "FAILED ";
                case ABORTED -> "aborted";
            };
            System.out.printf(Locale.ROOT, "  %s %s (%.1f s)%n", status, test.getDisplayName(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
