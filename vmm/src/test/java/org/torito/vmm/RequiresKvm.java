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
 * Marks a test (class or method) that boots a guest on /dev/kvm. Without a usable /dev/kvm
 * the test is skipped with a message, except in CI (environment variable CI=true), where it
 * fails: CI must not pass by skipping the VM tests.
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
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + problem + "; VM tests must run in CI");
            }
            return ConditionEvaluationResult.disabled("skipped: " + problem + " (VM tests need KVM)");
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
