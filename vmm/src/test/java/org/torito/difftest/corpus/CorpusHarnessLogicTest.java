package org.torito.difftest.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.torito.difftest.Subprocess;

/** The corpus harness's own logic, where it can go wrong without a corpus or a build to show it. */
class CorpusHarnessLogicTest {

    @Test
    void packageNamesAreValidAndDistinct() {
        assertEquals("corpus.p_100_doors_1", ProgramSource.packageFor("100-doors-1"));
        assertEquals("corpus.p_class", ProgramSource.packageFor("Class"));
        assertEquals("corpus.p_a_b_c", ProgramSource.packageFor("A.b c"));
    }

    @Test
    void packageIsAddedOnTheFirstLineSoLineNumbersStay() {
        String src = "import java.util.*;\n\npublic class Doors {\n}\n";
        String out = ProgramSource.withPackage(src, "corpus.p_x");
        assertEquals("package corpus.p_x; import java.util.*;\n\npublic class Doors {\n}\n", out);
        assertEquals(src.split("\n").length, out.split("\n").length);
    }

    @Test
    void existingPackageIsReplacedEvenAfterComments() {
        String src = "/* package wrong.one; */\n// package wrong.two;\npackage rosetta.tasks;\nimport java.util.List;\nclass A {}\n";
        String out = ProgramSource.withPackage(src, "corpus.p_x");
        assertEquals("/* package wrong.one; */\n// package wrong.two;\npackage corpus.p_x;\nimport java.util.List;\nclass A {}\n", out);
    }

    @Test
    void packageInAStringIsNotAPackageDeclaration() {
        // A text block can hold a line that looks like a package declaration.
        String tb = "class A {\n  String s = \"\"\"\npackage x;\n\"\"\";\n}\n";
        assertTrue(ProgramSource.withPackage(tb, "corpus.p_y").startsWith("package corpus.p_y; class A"));
    }

    @Test
    void publicTypeNamesTheFile() {
        assertEquals(Optional.of("Doors"), ProgramSource.publicTypeName("class Helper {}\npublic final class Doors {}"));
        assertEquals(Optional.of("R"), ProgramSource.publicTypeName("public record R(int x) {}"));
        assertEquals(Optional.empty(), ProgramSource.publicTypeName("// public class Commented {}\nclass A {}"));
        // A public nested class at the start of an indented line is not top level, but only a
        // top-level one can be public at column 0 in practice; the indented case picks the first.
        assertEquals(Optional.of("Top"), ProgramSource.publicTypeName("public class Top {\n  public static class In {}\n}"));
    }

    @Test
    void staticMainIsFoundOutsideComments() {
        assertTrue(ProgramSource.mentionsStaticMain("public static void main(String[] args) {}"));
        assertTrue(ProgramSource.mentionsStaticMain("static public void main(final String... a) {}"));
        assertFalse(ProgramSource.mentionsStaticMain("/* public static void main(String[] a) */ void main() {}"));
        assertFalse(ProgramSource.mentionsStaticMain("void f() { String s = \"static void main(\"; }"));
    }

    @Test
    void commentsAndLiteralsAreBlankedKeepingOffsets() {
        String s = "a // c\nb /* x\ny */ 'q' \"s\\\"t\" c";
        String b = ProgramSource.withoutComments(s);
        assertEquals(s.length(), b.length());
        assertEquals("a     \nb     \n" + " ".repeat(15) + " c", b);
    }

    @Test
    void dispatcherCallsEachProgramsEntry() {
        String d = ProgramSource.dispatcherSource("CorpusDispatch", new java.util.LinkedHashSet<>(List.of("corpus.p_a", "corpus.p_b_2")));
        assertTrue(d.startsWith("package corpus;"));
        assertTrue(d.contains("case \"p_a\" -> corpus.p_a.CorpusEntry.run();"));
        assertTrue(d.contains("case \"p_b_2\" -> corpus.p_b_2.CorpusEntry.run();"));
        assertTrue(ProgramSource.entrySource("corpus.p_a", "Doors").contains("Doors.main(new String[0]);"));
    }

    @Test
    void buildProblemsAreMappedToTheirPrograms() {
        String message = """
                TeaVM could not compile corpus.CorpusDispatch (4 problems):
                  Method java.lang.String.intern()Ljava/lang/String; was not found
                    at corpus.p_a.Main.key(Ljava/lang/String;)V (Main.java:12)
                  Class java.util.concurrent.Phaser was not found
                    at corpus.p_a_b.Worker$Inner.lambda$run$0()V
                  Method java.lang.Character.isMirrored(I)Z was not found
                    at corpus.p_a.Main.main([Ljava/lang/String;)V
                  Method java.util.Foo.bar()V was not found
                    at java.util.Baz.qux()V""";
        BuildFailures.Blame blame = BuildFailures.blame(message, Set.of("corpus.p_a", "corpus.p_a_b", "corpus.p_c"));
        assertEquals(Map.of(
                "corpus.p_a", Set.of("Method java.lang.String.intern()Ljava/lang/String; was not found",
                        "Method java.lang.Character.isMirrored(I)Z was not found"),
                "corpus.p_a_b", Set.of("Class java.util.concurrent.Phaser was not found")), blame.byPackage());
        assertEquals(List.of("Method java.util.Foo.bar()V was not found (at java.util.Baz.qux()V)"), blame.unattributed());
        assertEquals("java.lang.String.intern()Ljava/lang/String;",
                BuildFailures.missingApi("Method java.lang.String.intern()Ljava/lang/String; was not found"));
        assertEquals("java.util.concurrent.Phaser", BuildFailures.missingApi("Class java.util.concurrent.Phaser was not found"));
    }

    @Test
    void problemsInTheClassLibraryNameTheirClass() {
        String problem = "Method java.lang.Class.getModule()Ljava/lang/Module; was not found (at "
                + "java.security.MessageDigest$Delegate.of(Ljava/security/MessageDigestSpi;)Ljava/security/MessageDigest$Delegate;)";
        assertEquals("java/security/MessageDigest", BuildFailures.locationClass(problem));
        assertEquals("java.lang.Class.getModule()Ljava/lang/Module; [in java.security.MessageDigest]",
                BuildFailures.describe(problem));
        assertNull(BuildFailures.locationClass("Method a.B.c()V was not found"));
        assertEquals("java.lang.Runtime.availableProcessors()I (not supported)",
                BuildFailures.missingApi("Method java.lang.Runtime.availableProcessors()I is not supported on current target"));
    }

    @Test
    void unseededRandomnessIsRecognised() {
        assertTrue(Selection.UNSEEDED_RANDOM.matcher("Random r = new Random();").find());
        assertTrue(Selection.UNSEEDED_RANDOM.matcher("int d = (int) (Math.random() * 6);").find());
        assertTrue(Selection.UNSEEDED_RANDOM.matcher("Collections.shuffle(list);").find());
        assertFalse(Selection.UNSEEDED_RANDOM.matcher("Random r = new Random(42);").find());
        assertFalse(Selection.UNSEEDED_RANDOM.matcher("Collections.shuffle(list, new Random(7L));").find());
    }

    @Test
    void aPrefixPackageDoesNotClaimALongerOne() {
        assertNull(BuildFailures.packageOf("corpus.p_a_b.Main.f()V", Set.of("corpus.p_a")));
        assertNull(BuildFailures.packageOf("corpus.p_a.sub.Main.f()V", Set.of("corpus.p_a")));
        assertEquals("corpus.p_a", BuildFailures.packageOf("corpus.p_a.Main.f(Ljava/lang/String;)V", Set.of("corpus.p_a")));
    }

    @Test
    void gccOrUnlocatedFailuresBlameNobody() {
        BuildFailures.Blame blame = BuildFailures.blame("gcc failed (exit 1): gcc -O2 ...\nall.c:12: error: x", Set.of("corpus.p_a"));
        assertTrue(blame.byPackage().isEmpty());
    }

    @Test
    void verdictsClassifyRuns() {
        byte[] hello = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Compare.Status.MATCH, Compare.verdict(hello, 0, new Subprocess.Result(hello, false, 0, "", 5)).status());
        Compare.Verdict differs = Compare.verdict(hello, 0,
                new Subprocess.Result("a\nc\n".getBytes(StandardCharsets.UTF_8), false, 0, "", 5));
        assertEquals(Compare.Status.DIFFERS, differs.status());
        assertEquals("line 2: expected «b» got «c»", differs.detail());
        Compare.Verdict crash = Compare.verdict(hello, 0, new Subprocess.Result("a\n".getBytes(StandardCharsets.UTF_8), false, 1,
                "Exception in thread \"main\" java.lang.NullPointerException\n    at x\n", 5));
        assertEquals(Compare.Status.CRASH, crash.status());
        assertEquals("exit 1: java.lang.NullPointerException; output a prefix of HotSpot's (2 of 4 bytes)", crash.detail());
        assertEquals("exit 139 (SIGSEGV)", Compare.exitDescription(139, ""));
        assertEquals(Compare.Status.TIMEOUT,
                Compare.verdict(hello, 0, new Subprocess.Result(new byte[0], false, Subprocess.TIMED_OUT, "", 30000)).status());
        assertEquals("line 3: expected «» got «x»",
                Compare.firstDifference(hello, "a\nb\nx".getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 2: expected «b» got <end of output>",
                Compare.firstDifference(hello, "a".getBytes(StandardCharsets.UTF_8)));
    }
}
