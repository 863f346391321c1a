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
        assertTrue(listing.contains("<_start>:"), "the listing is a real disassembly");
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
    void javaThatTeaVmCannotCompileIsABuildFailureWithTeaVmsProblems() throws Exception {
        Path src = dir.resolve("bad/src/bad/Bad.java");
        Files.createDirectories(src.getParent());
        // Thread.getAllStackTraces is not in TeaVM's class library.
        Files.writeString(src, """
                package bad;
                public class Bad {
                    public static void main(String[] args) {
                        System.out.println(Thread.getAllStackTraces().size());
                    }
                }
                """);
        Path classes = dir.resolve("bad/classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> new ImageBuilder(l -> { })
                .build(new ImageSpec("bad.Bad", List.of(classes), dir.resolve("bad/bad.elf"), List.of())));
        assertTrue(e.getMessage().startsWith("TeaVM could not compile bad.Bad"), e.getMessage());
        assertTrue(e.getMessage().contains("getAllStackTraces"), e.getMessage());
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
