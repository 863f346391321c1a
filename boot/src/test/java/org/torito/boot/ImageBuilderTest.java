package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a greeting program for real (TeaVM, gcc, ld) and checks the image and the cache. */
class ImageBuilderTest {
    private static final int PF_X = 1, PF_W = 2, PF_R = 4;
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    static Path dir;
    static ImageResult first;
    static List<String> firstProgress = new ArrayList<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        first = new ImageBuilder(firstProgress::add).build(hello(dir.resolve("a/hello.elf")));
    }

    static ImageSpec hello(Path out) {
        return new ImageSpec(Greeting.class.getName(), List.of(TEST_CLASSES), out, List.of());
    }

    @Test
    void buildsHelloAndReportsProgress() {
        assertFalse(first.reused());
        assertTrue(Files.isRegularFile(first.image()));
        assertEquals(3, firstProgress.stream().filter(l -> l.matches("\\[\\d/3] .*")).count(), firstProgress.toString());
    }

    @Test
    void imageHasSeparateTextRodataDataSegmentsAndEntryInText() throws Exception {
        ElfSegments elf = ElfSegments.read(first.image());
        assertEquals(2, elf.type(), "ET_EXEC");
        assertEquals(62, elf.machine(), "EM_X86_64");
        List<Integer> flags = elf.loads().stream().map(ElfSegments.Segment::flags).toList();
        assertEquals(List.of(PF_R | PF_X, PF_R, PF_R | PF_W), flags);
        ElfSegments.Segment text = elf.loads().getFirst();
        assertEquals(0x200000L, text.vaddr());
        assertEquals(0x200000L, elf.entry(), "_start is placed first in .text");
        for (ElfSegments.Segment s : elf.loads()) {
            assertEquals(0, s.vaddr() % 4096, "segments are page-aligned");
            assertTrue(s.fileSize() <= s.memSize());
        }
        for (int i = 1; i < elf.loads().size(); i++) {
            ElfSegments.Segment prev = elf.loads().get(i - 1);
            assertTrue(prev.vaddr() + prev.memSize() <= elf.loads().get(i).vaddr(), "segments do not overlap");
        }
    }

    @Test
    void imageHasNoSystemCallInstruction() throws Exception {
        String listing = Toolchain.run(dir, List.of("objdump", "-d", first.image().toString()), "objdump");
        assertTrue(listing.contains("Disassembly of section .text:") && listing.contains("\tcall "),
                "the listing is a real disassembly");
        assertEquals(List.of(), SyscallCheck.findSyscalls(listing));
    }

    @Test
    void syscallFinderRecognisesTheInstructions() {
        String listing = """
                  200000:\tmov    %rdi,%rax
                  200003:\tsyscall
                  200005:\tint    $0x80
                  200007:\tcall   200100 <syscall_wrapper>
                """;
        assertEquals(2, SyscallCheck.findSyscalls(listing).size());
    }

    @Test
    void unchangedInputsReuseTheImage() throws Exception {
        byte[] before = Files.readAllBytes(first.image());
        List<String> progress = new ArrayList<>();
        ImageResult again = new ImageBuilder(progress::add).build(hello(first.image()));
        assertTrue(again.reused());
        assertTrue(progress.getFirst().startsWith("[cached]"), progress.toString());
        assertArrayEquals(before, Files.readAllBytes(again.image()));
    }

    @Test
    void twoBuildsInDifferentFoldersAreByteIdentical() throws Exception {
        ImageResult second = new ImageBuilder(l -> { }).build(hello(dir.resolve("elsewhere/deeper/hello.elf")));
        assertFalse(second.reused());
        assertArrayEquals(Files.readAllBytes(first.image()), Files.readAllBytes(second.image()));
    }

    @Test
    void aMethodTeaVmLacksIsOneLineNamingItAndTheProgramsCallingLine() throws Exception {
        // Thread.getAllStackTraces is not in TeaVM's class library.
        ImageBuildException e = failedBuild("bad", "Bad", """
                package bad;
                public class Bad {
                    public static void main(String[] args) {
                        System.out.println(Thread.getAllStackTraces().size());
                    }
                }
                """);
        // The problem lies in the program's own method: named with its line, on one line.
        assertEquals("bad.Bad uses an API a Torito guest does not support (docs/java-api.md says what it does):\n"
                + "  bad.Bad.main(String[]) (Bad.java:4) calls java.lang.Thread.getAllStackTraces() — Method"
                + " java.lang.Thread.getAllStackTraces()Ljava/util/Map; was not found", e.getMessage());
        assertTrue(e.details().contains("\n    at bad.Bad.main([Ljava/lang/String;)V"), e.details());
    }

    @Test
    void anUnsupportedApiDeepInTheJdkIsOneLineNamingItAndTheProgramsMethod() throws Exception {
        // Starting a process: the JDK's ProcessBuilder reaches ProcessImpl and its natives, none of
        // which a guest can have; TeaVM reports the problems where they lie, inside the JDK.
        ImageBuildException e = failedBuild("app", "Spawn", """
                package app;
                public class Spawn {
                    public static void main(String[] args) throws Exception {
                        System.out.println("starting");
                        launch(args);
                    }
                    static void launch(String[] args) throws Exception {
                        new ProcessBuilder("ls").start().waitFor();
                    }
                }
                """);
        // One line per API the program calls, though TeaVM found ~58 problems inside the JDK,
        // some also reachable from println (once the process classes exist, its stream calls may
        // land in them): the report names the calls that explain them all.
        String[] lines = e.getMessage().split("\n");
        assertEquals("app.Spawn uses 2 APIs a Torito guest does not support (docs/java-api.md says what it does):",
                lines[0], e.getMessage());
        assertEquals(3, lines.length, e.getMessage());
        assertTrue(lines[1].startsWith("  app.Spawn.launch(String[]) (Spawn.java:8) calls java.lang.ProcessBuilder.start()"
                + " — "), lines[1]);
        assertTrue(lines[2].startsWith("  app.Spawn.launch(String[]) (Spawn.java:8) calls java.lang.ProcessImpl.waitFor()"
                + " — "), lines[2]);
        assertTrue(e.details().lines().filter(l -> l.startsWith("  ")).count() >= 1, e.details());
    }

    /** Compiles {@code source} (class {@code pkg.name}) and builds it, expecting the build to fail. */
    private ImageBuildException failedBuild(String pkg, String name, String source) throws Exception {
        Path src = dir.resolve(name + "/src/" + pkg + "/" + name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve(name + "/classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        return assertThrows(ImageBuildException.class, () -> new ImageBuilder(l -> { })
                .build(new ImageSpec(pkg + "." + name, List.of(classes), dir.resolve(name + "/" + name + ".elf"),
                        List.of())));
    }

    @Test
    void missingMainClassIsAClearError() {
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> new ImageBuilder(l -> { })
                .build(new ImageSpec("no.Such", List.of(), dir.resolve("x/x.elf"), List.of())));
        assertTrue(e.getMessage().contains("main class no.Such is not on the classpath"), e.getMessage());
    }

    static String lines(List<String> l) {
        return l.stream().collect(Collectors.joining("\n"));
    }
}
