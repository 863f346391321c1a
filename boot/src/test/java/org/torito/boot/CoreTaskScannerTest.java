package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** Registered: named only as the element of an array. */
    public static final class ArrayOnly implements CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    /** Not registered: a valid task that nothing the program reaches names. */
    public static final class Unnamed implements CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    /** Names Inherited; reached from Program only through a call. */
    static final class Helper {
        static Class<?> task() {
            return Inherited.class;
        }
    }

    /** Registered: named only by a method that the program reaches through a method reference. */
    public static final class ByReference implements CoreTask {
        @Override
        public void run(byte[] args) {
        }
    }

    /** Names ByReference; the program reaches it only as {@code Referenced::task}. */
    static final class Referenced {
        static Class<?> task() {
            return ByReference.class;
        }
    }

    /** The scanned program: names some tasks itself, one through Helper, one as an array, one by reference. */
    public static final class Program {
        public static void main(String[] args) {
            java.util.function.Supplier<Class<?>> later = Referenced::task;
            Object[] named = {Direct.class, Abstract.class, NeedsArgument.class, Hidden.class, Helper.task(),
                    new ArrayOnly[1][1], later};
            System.out.println(named.length);
        }
    }

    @Test
    void registersTheInstantiableTasksTheProgramNamesSorted() throws Exception {
        List<String> tasks = new CoreTaskScanner(getClass().getClassLoader()).find(Program.class.getName());
        assertEquals(List.of(CoreTaskScannerTest.class.getName() + "$ArrayOnly",
                CoreTaskScannerTest.class.getName() + "$ByReference",
                CoreTaskScannerTest.class.getName() + "$Direct",
                CoreTaskScannerTest.class.getName() + "$Inherited"), tasks);
    }

    /** Names no task, though tasks sit beside it in this package and on the classpath. */
    public static final class Quiet {
        public static void main(String[] args) {
            System.out.println("no tasks");
        }
    }

    @Test
    void aProgramThatNamesNoTaskRegistersNone() throws Exception {
        assertEquals(List.of(), new CoreTaskScanner(getClass().getClassLoader()).find(Quiet.class.getName()));
    }
}
