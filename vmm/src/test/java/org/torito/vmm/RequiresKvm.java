package org.torito.vmm;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test (class or method) about KVM itself: it needs a usable /dev/kvm. Without one the
 * test is skipped, and says so on standard error and in the test report. VM tests in general
 * do not carry this mark: they run on whatever accelerator the host offers.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresKvm.Condition.class)
public @interface RequiresKvm {

    /** The JUnit side of {@link RequiresKvm}. */
    final class Condition implements ExecutionCondition {
        private static final Path KVM = Path.of("/dev/kvm");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String problem = problem();
            if (problem == null) {
                return ConditionEvaluationResult.enabled("/dev/kvm is usable");
            }
            String what = context.getDisplayName();
            System.err.println("torito: skipped (needs KVM): " + what + ": " + problem);
            return ConditionEvaluationResult.disabled("skipped: " + problem + " (a test about KVM itself)");
        }

        /** Why /dev/kvm cannot be used, or null when it can. */
        static String problem() {
            try (FileChannel ignored = FileChannel.open(KVM, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return null;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return "/dev/kvm cannot be opened for reading and writing (" + e + ")";
            }
        }
    }
}
