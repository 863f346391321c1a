package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torito.guest.CoreTask;

class CoreTaskScannerTest {

    /** Registered: public, concrete, public no-argument constructor. */
    public static class Direct implements CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    /** Registered through its superclass. */
    public static final class Inherited extends Direct {
    }

    /** Not registered: abstract. */
    public abstract static class Abstract implements CoreTask {
    }

    /** Not registered: no public no-argument constructor. */
    public static final class NeedsArgument implements CoreTask {
        public NeedsArgument(int x) {
        }

        @Override
        public void run(byte[] args) {
        }
    }

    /** Not registered: not public. */
    static final class Hidden implements CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @Test
    void findsTheInstantiableTasksOfTheClasspathSorted() throws Exception {
        List<String> tasks = new CoreTaskScanner(getClass().getClassLoader())
                .find(List.of(TEST_CLASSES), "org.torito.boot.CoreTaskScannerTest");
        assertEquals(List.of(CoreTaskScannerTest.class.getName() + "$Direct",
                CoreTaskScannerTest.class.getName() + "$Inherited",
                "org.torito.boot.teavm.ApplicationBridgeTest$CountingTask"), tasks);
    }

    @Test
    void withoutClasspathEntriesOnlyTheMainClassPackageIsScanned() throws Exception {
        List<String> tasks = new CoreTaskScanner(getClass().getClassLoader())
                .find(List.of(), "org.torito.boot.teavm.ApplicationBridgeTest");
        assertEquals(List.of("org.torito.boot.teavm.ApplicationBridgeTest$CountingTask"), tasks);
    }
}
