package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/** Console output written on cores other than 0 reaches the host as written. */
class ConsolePerCoreGuestTest {
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(ConsolePerCoreGuest.class);
    }

    @Test
    void everyCoresOwnConsoleBufferIsWhatTheHostSees() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 3, 64L << 20, ""), console,
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run();
        String stderr = errors.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), stderr);
        assertEquals("core 0 writes its own line\ncore 1 writes its own line\ncore 2 writes its own line\n",
                console.toString(StandardCharsets.UTF_8));
        assertEquals("core 0 writes to stderr\ncore 1 writes to stderr\ncore 2 writes to stderr\n", stderr);
    }
}
