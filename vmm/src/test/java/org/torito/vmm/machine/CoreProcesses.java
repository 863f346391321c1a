package org.torito.vmm.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The process backend's core processes that a monitor started, found in /proc by their
 * command line: {@code torito-core-N <control fd> <monitor pid>}. A zombie has no command line,
 * so only live processes are found.
 */
final class CoreProcesses {
    private CoreProcesses() {
    }

    static List<Long> ofThisMonitor() {
        return of(ProcessHandle.current().pid());
    }

    static List<Long> of(long monitorPid) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] args = commandLine(entry);
                if (args.length == 3 && args[0].startsWith("torito-core-") && args[2].equals(Long.toString(monitorPid))) {
                    found.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("listing /proc", e);
        }
        return found;
    }

    private static String[] commandLine(Path process) {
        try {
            String text = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return text.isEmpty() ? new String[0] : text.split("\0");
        } catch (IOException e) {
            return new String[0];   // it ended while we looked
        }
    }
}
