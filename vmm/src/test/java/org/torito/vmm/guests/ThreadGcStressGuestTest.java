package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * Collections while threads are suspended on monitors (docs/aot-pipeline.md, "Monitors and the
 * GC"): TeaVM 0.15's GC did not trace an object's monitor, and its monitor handed a released
 * lock to one queued thread and dropped the rest. A small VM makes many collections. Each
 * expected line is what HotSpot prints for the same arguments.
 */
class ThreadGcStressGuestTest {
    // 32 MiB with the 1 MiB stacks this test was written for; stacks are 8 MiB and a 2 MiB guard now.
    private static final long MEMORY = 41L << 20;
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(ThreadGcStressGuest.class);
    }

    @ParameterizedTest
    @CsvSource({
        "join 1 400000,    join 1 done 76400000 0",
        "join 3 400000,    join 3 done 229200000 0",
        "wait 1 400000,    wait 1 done 76400000 0",
        "wait 3 400000,    wait 3 done 229200000 0",
        "contend 1 400000, contend 1 done 76400000 400000",
        "contend 3 400000, contend 3 done 229200000 1200000",
    })
    void threadsSuspendedOnMonitorsSurviveCollections(String args, String expected) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, MEMORY, args), console,
                new PrintStream(report, true, StandardCharsets.UTF_8)).run();
        assertEquals(0, outcome.exitCode(), report.toString(StandardCharsets.UTF_8));
        assertEquals(expected + "\n", console.toString(StandardCharsets.UTF_8));
    }
}
