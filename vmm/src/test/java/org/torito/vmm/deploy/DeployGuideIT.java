package org.torito.vmm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Plays docs/deploy.md through scripts/test-deploy: the release archive unpacked on its own
 * serves the HTTP example, and setup-host.sh plus the service's command serve it on a fresh
 * Debian root made with debootstrap. Slow (the fresh root downloads packages; 2-4 minutes), so
 * it runs only when CI=true or TORITO_DEPLOY_TEST=1; it runs after the package phase
 * (failsafe), because the archive is made from the built jars and images.
 */
@EnabledIf(value = "wanted", disabledReason = "the deploy test is slow; set TORITO_DEPLOY_TEST=1 (CI=true runs it)")
class DeployGuideIT {
    private static final Path HOME = Path.of("").toAbsolutePath().getParent();
    private static final long TIMEOUT_MINUTES = 12;

    static boolean wanted() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("TORITO_DEPLOY_TEST"));
    }

    @BeforeAll
    static void asRoot() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        if (!"0".equals(uid)) {
            if (ci) {
                throw new IllegalStateException("CI=true but not root (uid " + uid + "); the deploy test needs root");
            }
            Assumptions.abort("skipped: the deploy test needs root (debootstrap, chroot, namespaces); uid " + uid);
        }
    }

    @Test
    void releaseArchiveServesTheHttpExample() throws Exception {
        String log = testDeploy("--release-only");
        assertTrue(log.contains("release: ./torito run configs/http.json served the page"), log);
    }

    @Test
    void deployGuideServesTheHttpExampleOnAFreshRoot() throws Exception {
        String log = testDeploy();
        // setup-host.sh names the KVM it found, or the process backend where there is none.
        assertTrue(log.contains("nested PVM") || log.contains("VMX") || log.contains("SVM")
                || log.contains("accelerator here: process"), log);
        assertTrue(log.contains("fresh root: the page is served; forward on 127.0.0.1:8080"), log);
    }

    /** Runs scripts/test-deploy on the jars and images this build made; fails on a non-zero exit. */
    private static String testDeploy(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("scripts/test-deploy").toString(), "--no-build"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("test-deploy", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(HOME.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            String output = Files.readString(log);
            assertTrue(ended, "scripts/test-deploy did not end within " + TIMEOUT_MINUTES + " minutes:\n" + output);
            assertEquals(0, process.exitValue(), "scripts/test-deploy " + String.join(" ", args) + " failed:\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
