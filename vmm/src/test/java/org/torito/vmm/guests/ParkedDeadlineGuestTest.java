package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * A deadline given to CoreIdle.await is on the uptime clock and the event queue runs on the wall
 * clock: the timeout must land at the deadline on the queue's clock. It landed in 1970, at the
 * top of the queue, so a parked thread with a deadline woke at once, over and over, and a thread
 * it should have let run never did (a JDK HttpServer answered each request only after its
 * network loop's 40 ms delayed-ACK timer had fired).
 */
class ParkedDeadlineGuestTest {
    @Test
    @Timeout(120)
    void aParkedThreadWithADeadlineLetsARunnableThreadRunAndWakesAtItsDeadline() throws Exception {
        Path image = GuestImages.build(ParkedDeadlineGuest.class);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, ""), console,
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out + errors.toString(StandardCharsets.UTF_8));
        assertEquals("the other thread ran after 1 wake-up(s) of the parked one\n"
                + "a lone park lasted until its deadline: true\n", out);
    }
}
