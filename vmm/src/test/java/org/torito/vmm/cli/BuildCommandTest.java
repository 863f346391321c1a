package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.boot.ImageSpec;
import org.torito.vmm.BadInputException;

class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsWithTheClasspathAndOutputGiven() throws IOException {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path jar = Files.write(dir.resolve("lib.jar"), new byte[1]);
        Path image = dir.resolve("out/app.elf");
        CliSession s = new CliSession(dir);
        s.maker = (spec, progress) -> {
            s.built.add(spec);
            progress.accept("compiling to C");
            Files.write(spec.output(), new byte[1234]);
        };
        s.execute("build", "org.example.Hello", "--classpath", classes + ":" + jar, "-o", image.toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(List.of(new ImageSpec("org.example.Hello", List.of(classes, jar), image, List.of())), s.built);
        assertEquals("torito: building org.example.Hello into " + image + "\n"
                + "compiling to C\n"
                + "torito: wrote " + image + " (1234 bytes)\n", s.err);
        assertEquals("", s.out);
    }

    @Test
    void defaultsToBuildSimpleNameElfAndAnEmptyClasspath() {
        CliSession s = new CliSession(dir).execute("build", "Hello");
        assertEquals(0, s.exitCode, s.err);
        assertEquals(new ImageSpec("Hello", List.of(), Path.of("build/Hello.elf"), List.of()), s.built.getFirst());
        assertEquals(Path.of("build", "HttpServer.elf"), BuildCommand.defaultOutput("org.example.HttpServer"));
    }

    @Test
    void passesCSources() throws IOException {
        Path c = Files.writeString(dir.resolve("native.c"), "int f(void) { return 1; }\n");
        CliSession s = new CliSession(dir).execute("build", "a.B", "-o", dir.resolve("b.elf").toString(),
                "--c-source", c.toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(List.of(c), s.built.getFirst().extraCSources());
    }

    @Test
    void badArgumentsExitTwoBeforeBuilding() {
        assertBadInput("torito: MAIN-CLASS: \"org.example.Hello.java\" is a file name; give the class name,"
                + " e.g. org.example.Hello\n", "build", "org.example.Hello.java");
        assertBadInput("torito: MAIN-CLASS: \"org..Hello\" is not a Java class name (e.g. org.example.Hello)\n",
                "build", "org..Hello");
        assertBadInput("torito: MAIN-CLASS: \"my-app\" is not a Java class name (e.g. org.example.Hello)\n",
                "build", "my-app");
        Path missing = dir.resolve("nope");
        assertBadInput("torito: --classpath: " + missing + ": no such file or folder\n",
                "build", "a.B", "-cp", missing.toString());
        assertBadInput("torito: --c-source: " + missing + ": no such file\n",
                "build", "a.B", "--c-source", missing.toString());
        assertBadInput("torito: --output: " + dir + ": is a folder; name the image file\n",
                "build", "a.B", "-o", dir.toString());
    }

    private void assertBadInput(String expectedErr, String... args) {
        CliSession s = new CliSession(dir).execute(args);
        assertEquals(2, s.exitCode);
        assertEquals(expectedErr, s.err);
        assertTrue(s.built.isEmpty());
    }

    @Test
    void aBuildRejectingItsInputExitsTwo() {
        CliSession s = new CliSession(dir);
        s.maker = (spec, progress) -> {
            throw new BadInputException(spec.mainClass() + ": class not found on the classpath");
        };
        s.execute("build", "a.B", "-o", dir.resolve("b.elf").toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: building a.B into " + dir.resolve("b.elf") + "\n"
                + "torito: a.B: class not found on the classpath\n", s.err);
    }
}
