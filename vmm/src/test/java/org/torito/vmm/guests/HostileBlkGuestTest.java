package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.config.DiskConfig;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * A guest that writes garbage descriptors cannot hurt the monitor: every bad chain marks the
 * device DEVICE_NEEDS_RESET, nothing outside guest RAM is touched, the image is unchanged, and
 * after a reset the device works again.
 */
class HostileBlkGuestTest {
    @TempDir
    Path dir;

    @Test
    void everyBadChainMarksTheDeviceBrokenAndAResetBringsItBack() throws Exception {
        Path image = GuestImages.build(HostileBlkGuest.class);
        Path disk = dir.resolve("disk.img");
        byte[] content = new byte[64 * 1024];
        content[0] = 42;
        Files.write(disk, content);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, "", List.of(new DiskConfig(disk, false))),
                new PrintStream(console, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out + errors);
        assertEquals("""
                outside-ram: needs reset
                wrapping-address: needs reset
                loop: needs reset
                avail-idx-ahead: needs reset
                head-out-of-range: needs reset
                indirect-loop: needs reset
                indirect-nested: needs reset
                readable-after-writable: needs reset
                no-status-byte: needs reset
                after a reset the disk reads again: first byte 42
                """, out);
        List<String> reports = errors.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(9, reports.size(), String.join("\n", reports));
        for (String report : reports) {
            assertTrue(report.startsWith("torito: disk 0: the guest broke the virtio rules, the device needs a reset: queue 0: "),
                    report);
        }
        assertArrayEquals(content, Files.readAllBytes(disk), "the image is untouched");
    }
}
