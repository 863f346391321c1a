package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.TestAccelerator;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * An AOT-compiled guest that faults in C code: the monitor prints the vector, RIP, CR2 and
 * the general registers, and stops non-zero within a second.
 */
class FaultReportTest {
    private static Path image;

    @BeforeAll
    static void buildImage() throws Exception {
        image = GuestImages.build(FaultingGuest.class, "faults.c");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "null,     #PF, 0x0000000000000000",
            "ud2,      #UD, ",
            "unmapped, #PF, 0x0000010000000000",
    })
    void faultIsReportedAndStopsTheVm(String fault, String vector, String cr2) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        long start = System.nanoTime();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, fault), console,
                new PrintStream(report, true, StandardCharsets.UTF_8)).run();
        long millis = (System.nanoTime() - start) / 1_000_000;

        String out = console.toString(StandardCharsets.UTF_8);
        String text = report.toString(StandardCharsets.UTF_8);
        assertEquals(Machine.EXIT_GUEST_FAILURE, outcome.exitCode(), text);
        assertEquals("about to fault: " + fault + "\n", out, "output before the fault is kept, none after");
        assertTrue(text.contains(vector), "vector " + vector + " in:\n" + text);
        assertTrue(text.contains("core 0"), "names the core:\n" + text);
        for (String register : new String[] {"rip", "cr2", "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
                "r8 ", "r15", "rflags"}) {
            assertTrue(text.matches("(?s).*\\b" + register + " *0x[0-9a-f]{4,}.*"), register + " and its value in:\n" + text);
        }
        // CPL 3 code: KVM's user code selector, or Linux's for a core's process.
        assertTrue(text.contains(String.format("cs 0x%x", TestAccelerator.userCodeSegment())),
                "the fault came from CPL 3 code:\n" + text);
        if (cr2 != null) {
            assertTrue(text.contains("cr2 " + cr2), "cr2 " + cr2 + " in:\n" + text);
        }
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
    }
}
