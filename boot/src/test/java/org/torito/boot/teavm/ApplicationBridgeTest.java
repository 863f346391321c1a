package org.torito.boot.teavm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationBridgeTest {

    /** The application the generated entry calls; records what it got. */
    public static final class RecordingApp {
        static List<String> seen;

        public static void main(String[] args) {
            seen = List.of(args);
        }
    }

    /** A task the registry should instantiate. */
    public static final class CountingTask implements org.torito.guest.CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    @Test
    void coreTaskRegistryMapsEachTaskClassToAnIdAndBack(@TempDir Path dir) throws Exception {
        ApplicationBridge.write(dir, RecordingApp.class.getName(), List.of(CountingTask.class.getName()));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            var app = (org.torito.guest.boot.Application) loader.loadClass(ApplicationBridge.ENTRY_CLASS)
                    .getConstructor().newInstance();
            assertEquals(0, app.coreTaskId(CountingTask.class));
            assertEquals(-1, app.coreTaskId(String.class));
            assertEquals(CountingTask.class, app.newCoreTask(0).getClass());
            assertThrows(IllegalArgumentException.class, () -> app.newCoreTask(1));
        }
    }

    @Test
    void taskIdsDoNotDependOnTheOrderTasksWereFound() {
        assertArrayEquals(ApplicationBridge.entryClass("a.B", List.of("x.T1", "x.T2")),
                ApplicationBridge.entryClass("a.B", List.of("x.T2", "x.T1", "x.T1")));
    }

    @Test
    void sameMainClassGivesTheSameBytes() {
        assertArrayEquals(ApplicationBridge.entryClass("a.B"), ApplicationBridge.entryClass("a.B"));
    }

    @Test
    void entryRunsTheApplicationsMainWithItsArguments(@TempDir Path dir) throws Exception {
        ApplicationBridge.write(dir, RecordingApp.class.getName());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> entry = loader.loadClass(ApplicationBridge.ENTRY_CLASS);
            entry.getMethod("main", String[].class).invoke(null, (Object) new String[] {"x", "y z"});
        }
        assertEquals(List.of("x", "y z"), RecordingApp.seen);
    }

    @Test
    void registersTheToritoPluginForThisBuildOnly(@TempDir Path dir) throws Exception {
        ApplicationBridge.write(dir, "a.B");
        assertEquals(ToritoTeaVmPlugin.class.getName() + "\n",
                Files.readString(dir.resolve("META-INF/services/org.teavm.vm.spi.TeaVMPlugin")));
        for (URL registration : java.util.Collections.list(
                getClass().getClassLoader().getResources("META-INF/services/org.teavm.vm.spi.TeaVMPlugin"))) {
            try (var in = registration.openStream()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(false, text.contains(ToritoTeaVmPlugin.class.getName()),
                        "only a build's own folder may register the plugin, not " + registration);
            }
        }
    }
}
