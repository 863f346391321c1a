package org.torito.vmm;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test that sets up host networking: TAP interfaces and network namespaces. It needs
 * root, /dev/net/tun, iproute2 with {@code ip netns}, ping and curl (scripts/test installs the
 * tools when run as root). Without them the test is skipped with a message, except in CI
 * (CI=true), which runs as root: there it fails.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresHostNetworking.Condition.class)
public @interface RequiresHostNetworking {

    /** The JUnit side of {@link RequiresHostNetworking}. */
    final class Condition implements ExecutionCondition {
        private static volatile String problem;
        private static volatile boolean checked;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String why = problem();
            if (why == null) {
                return ConditionEvaluationResult.enabled("root, /dev/net/tun, ip netns, ping and curl are here");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + why + "; the TAP tests must run in CI (it runs as root)");
            }
            return ConditionEvaluationResult.disabled("skipped: " + why
                    + " (the TAP tests need root, /dev/net/tun, ip netns, ping and curl)");
        }

        /** Why host networking cannot be set up here, or null when it can. */
        static synchronized String problem() {
            if (!checked) {
                problem = check();
                checked = true;
            }
            return problem;
        }

        private static String check() {
            try {
                String uid = output("id", "-u");
                if (!"0".equals(uid)) {
                    return "not root (uid " + uid + ")";
                }
                if (!Files.exists(Path.of("/dev/net/tun"))) {
                    return "/dev/net/tun is missing";
                }
                if (output("ip", "netns", "list") == null) {
                    return "`ip netns` does not work";
                }
                for (String tool : List.of("ping", "curl")) {
                    if (output("sh", "-c", "command -v " + tool) == null) {
                        return tool + " is not installed";
                    }
                }
                return null;
            } catch (IOException e) {
                return "cannot run host tools (" + e.getMessage() + ")";
            }
        }

        /** The command's trimmed output, or null when it failed. */
        private static String output(String... command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        }
    }
}
