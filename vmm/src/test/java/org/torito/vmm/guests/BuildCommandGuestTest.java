package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code torito build} for real: an image from a main class and a classpath, cached, and bootable. */
class BuildCommandGuestTest {
    @TempDir
    Path dir;

    @Test
    void buildsABootableImageAndReusesItWhenNothingChanged() throws Exception {
        Path image = dir.resolve("faulting.elf");
        Path cSource = GuestImages.TEST_CLASSES.resolve("org/torito/vmm/guests/faults.c");
        String[] build = {"build", FaultingGuest.class.getName(), "--classpath", GuestImages.TEST_CLASSES.toString(),
                "--c-source", cSource.toString(), "-o", image.toString()};

        CliRun first = CliRun.execute(build);
        assertEquals(0, first.exitCode(), first.errors());
        assertTrue(first.errors().contains("[1/3] TeaVM"), "progress lines:\n" + first.errors());
        assertTrue(first.errors().contains("torito: wrote " + image), first.errors());
        byte[] bytes = Files.readAllBytes(image);

        CliRun second = CliRun.execute(build);
        assertEquals(0, second.exitCode(), second.errors());
        assertTrue(second.errors().contains("[cached]"), "reused:\n" + second.errors());
        assertEquals(false, second.errors().contains("[1/3] TeaVM"), second.errors());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(image)), "same image");

        Path config = dir.resolve("vm.json");
        Files.writeString(config, "{\"kernel\": \"faulting.elf\", \"memory\": \"64M\"}");
        CliRun run = CliRun.execute("run", config.toString(), "--", "none");
        assertEquals("about to fault: none\nunknown fault none\nstill running after none\n", run.console());
        assertEquals(0, run.exitCode(), run.errors());
    }

    @Test
    void aMissingMainClassIsBadInput() {
        CliRun run = CliRun.execute("build", "org.example.NoSuchMain", "--classpath",
                GuestImages.TEST_CLASSES.toString(), "-o", dir.resolve("x.elf").toString());
        assertEquals(2, run.exitCode(), run.errors());
        assertTrue(run.errors().contains("org.example.NoSuchMain"), run.errors());
        assertEquals(false, Files.exists(dir.resolve("x.elf")), "no image written");
    }
}
