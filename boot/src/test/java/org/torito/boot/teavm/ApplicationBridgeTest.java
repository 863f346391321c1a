package org.torito.boot.teavm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
