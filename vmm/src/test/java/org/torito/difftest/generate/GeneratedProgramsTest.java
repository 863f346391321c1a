package org.torito.difftest.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated programs checked in under the programs package are exactly what their
 * generators write now, so a generator change cannot drift from the program the suite runs.
 */
class GeneratedProgramsTest {

    @Test
    void handlerLocalsProgramIsUpToDate() throws Exception {
        assertUpToDate(HandlerLocalsGenerator.PROGRAM, HandlerLocalsGenerator.generate(), "HandlerLocalsGenerator");
    }

    @Test
    void expressionsProgramIsUpToDate() throws Exception {
        assertUpToDate(ExpressionGenerator.PROGRAM, ExpressionGenerator.generate(), "ExpressionGenerator");
    }

    @Test
    void formatStringsProgramIsUpToDate() throws Exception {
        assertUpToDate(FormatStringsGenerator.PROGRAM, FormatStringsGenerator.generate(), "FormatStringsGenerator");
    }

    @Test
    void collectionOpsProgramIsUpToDate() throws Exception {
        assertUpToDate(CollectionOpsGenerator.PROGRAM, CollectionOpsGenerator.generate(), "CollectionOpsGenerator");
    }

    private static void assertUpToDate(String program, String generated, String generator) throws IOException, URISyntaxException {
        Path relative = Path.of("src/test/java/org/torito/difftest/programs", program + ".java");
        Path checkedIn = moduleDir().resolve(relative);
        String command = "mvn -B -o -q -pl vmm -Dexec.skip test-compile && java -cp vmm/target/test-classes"
                + " org.torito.difftest.generate." + generator + " vmm/" + relative;
        String[] expected = generated.split("\n", -1);
        String[] actual = Files.readString(checkedIn).split("\n", -1);
        for (int n = 0; n < Math.max(expected.length, actual.length); n++) {
            String e = n < expected.length ? expected[n] : "<end of file>";
            String a = n < actual.length ? actual[n] : "<end of file>";
            // The first differing line, not both files: they run to thousands of lines.
            assertEquals(e, a, checkedIn + " differs from what " + generator + " writes (line " + (n + 1)
                    + "); regenerate it from the repository root with\n  " + command
                    + "\n(docs/differential-suite.md, \"Generated programs\")");
        }
    }

    /** The vmm module: test classes are in its target/test-classes. */
    private static Path moduleDir() throws URISyntaxException {
        Path testClasses = Path.of(GeneratedProgramsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.getParent().getParent();
    }
}
