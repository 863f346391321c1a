package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.VmConfig;

class RunCommandTest {
    @TempDir
    Path dir;
    Path config;
    Path kernel;

    @BeforeEach
    void writeConfigAndKernel() throws IOException {
        kernel = Files.write(dir.resolve("hello.elf"), new byte[] {0x7f, 'E', 'L', 'F'});
        config = Files.writeString(dir.resolve("hello.json"), """
                {"kernel": "hello.elf", "cpus": 2, "memory": "32M", "cmdline": "greet"}
                """);
    }

    private CliSession session() {
        return new CliSession(dir);
    }

    @Test
    void bootsTheConfigAsWritten() {
        CliSession s = session().execute("run", config.toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(List.of(new VmConfig(kernel, 2, 32L << 20, "greet")), s.booted);
        assertEquals("", s.out);
        assertEquals("", s.err);
    }

    private Path configFor(Path image) throws IOException {
        return Files.writeString(dir.resolve("example.json"), "{\"kernel\": \"" + image + "\"}");
    }

    @Test
    void anExampleImageNotBuiltYetIsBuiltOnFirstUseThenBooted() throws IOException {
        Path image = dir.resolve("examples/target/images/hello.elf");
        CliSession s = session();
        s.maker = (spec, progress) -> {
            s.built.add(spec);
            progress.accept("[1/3] TeaVM: Java -> C");
            Files.write(spec.output(), new byte[] {0x7f, 'E', 'L', 'F'});
        };
        s.execute("run", configFor(image).toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(1, s.built.size());
        assertEquals("org.torito.examples.Hello", s.built.getFirst().mainClass());
        assertEquals(image, s.built.getFirst().output());
        assertEquals(image, s.booted.getFirst().kernel());
        assertEquals("torito: hello.elf is not built yet; building it from org.torito.examples.Hello (first use only)\n"
                + "torito: [1/3] TeaVM: Java -> C\n", s.err);
    }

    @Test
    void aBuiltExampleImageIsNotBuiltAgain() throws IOException {
        Path image = Files.write(Files.createDirectories(dir.resolve("examples/target/images")).resolve("http.elf"),
                new byte[] {0x7f, 'E', 'L', 'F'});
        CliSession s = session().execute("run", configFor(image).toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(List.of(), s.built);
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/target/images/mine.elf", "elsewhere/hello.elf"})
    void aMissingKernelThatIsNoExampleImageIsAnErrorAndNothingIsBuilt(String path) throws IOException {
        Path image = dir.resolve(path);
        CliSession s = session().execute("run", configFor(image).toString());
        assertEquals(2, s.exitCode);
        assertEquals(List.of(), s.built);
        assertTrue(s.err.contains(image + ": no such file"), s.err);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 42, 70, 255})
    void passesTheGuestsExitCodeThrough(int code) {
        assertEquals(code, session().guestExits(code).execute("run", config.toString()).exitCode);
    }

    @Test
    void overridesReplaceConfigValues() throws IOException {
        Path other = Files.write(dir.resolve("other.elf"), new byte[1]);
        CliSession s = session().execute("run", config.toString(), "--cpus", "8", "--memory", "1G",
                "--kernel", other.toString(), "--cmdline", "quiet");
        assertEquals(0, s.exitCode, s.err);
        assertEquals(List.of(new VmConfig(other, 8, 1L << 30, "quiet")), s.booted);
    }

    @Test
    void aRelativeKernelOverrideIsResolvedAgainstTheWorkingDirectory() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(kernel);
        CliSession s = session().execute("run", config.toString(), "--kernel", relative.toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals(kernel, s.booted.getFirst().kernel());
    }

    @Test
    void argumentsAfterDoubleDashAreAppendedToTheCmdline() {
        CliSession s = session().execute("run", config.toString(), "--", "port=80", "hello world", "--cpus", "");
        assertEquals(0, s.exitCode, s.err);
        assertEquals("greet port=80 \"hello world\" --cpus \"\"", s.booted.getFirst().cmdline());
        assertEquals(2, s.booted.getFirst().cpus(), "--cpus after -- is a guest word, not an option");
    }

    @Test
    void argumentsAfterDoubleDashFollowACmdlineOverride() {
        CliSession s = session().execute("run", config.toString(), "--cmdline", "", "--", "a\"b");
        assertEquals(0, s.exitCode, s.err);
        assertEquals("\"a\\\"b\"", s.booted.getFirst().cmdline());
    }

    @Test
    void argumentsWithoutDoubleDashAreAUsageError() {
        CliSession s = session().execute("run", config.toString(), "port=80");
        assertEquals(2, s.exitCode);
        assertEquals("""
                torito: unexpected argument "port=80"; put guest arguments after --
                Try 'torito run --help' for more information.
                """, s.err);
        assertTrue(s.booted.isEmpty());
    }

    @Test
    void aBadConfigExitsTwoWithOneLine() throws IOException {
        Files.writeString(config, "{\"kernel\": \"hello.elf\", \"cpus\": \"2\"}");
        CliSession s = session().execute("run", config.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + config + ": $.cpus: expected an integer, got a string\n", s.err);
        assertEquals("", s.out);
        assertTrue(s.booted.isEmpty());
    }

    @Test
    void aMissingConfigExitsTwo() {
        Path missing = dir.resolve("nope.json");
        CliSession s = session().execute("run", missing.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + missing + ": no such file\n", s.err);
    }

    @Test
    void aMissingKernelFileIsNamedWithWhereItCameFrom() throws IOException {
        Files.delete(kernel);
        CliSession s = session().execute("run", config.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + config + ": $.kernel: " + kernel + ": no such file\n", s.err);
        CliSession o = session().execute("run", config.toString(), "--kernel", dir.toString());
        assertEquals(2, o.exitCode);
        assertEquals("torito: --kernel: " + dir + ": is a folder, not a guest image\n", o.err);
        assertTrue(s.booted.isEmpty() && o.booted.isEmpty());
    }

    @Test
    void badOverridesExitTwoWithTheOptionNamed() {
        assertBadInput("torito: --cpus: 0 is out of range (1..64)\n", "--cpus", "0");
        assertBadInput("torito: --cpus: 65 is out of range (1..64)\n", "--cpus", "65");
        assertBadInput("torito: --memory: \"3M\" is below the minimum of 4M\n", "--memory", "3M");
        assertBadInput("torito: --memory: \"1.5M\" is not a whole number of MiB\n", "--memory", "1.5M");
        assertBadInput("torito: --memory: \"64Q\" is not a size (use e.g. \"64M\" or \"1G\")\n", "--memory", "64Q");
    }

    @Test
    void anOverlongCmdlineFromArgumentsIsRejected() {
        assertBadInput("torito: the guest command line with the arguments after -- is 4096 bytes long in UTF-8;"
                + " the limit is 4095\n", "--cmdline", "", "--", "x".repeat(4096));
    }

    private void assertBadInput(String expectedErr, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "run";
        args[1] = config.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        CliSession s = session().execute(args);
        assertEquals(2, s.exitCode);
        assertEquals(expectedErr, s.err);
        assertTrue(s.booted.isEmpty());
    }

    @Test
    void aNonNumberForCpusIsAUsageError() {
        CliSession s = session().execute("run", config.toString(), "--cpus", "two");
        assertEquals(2, s.exitCode);
        assertEquals("""
                torito: Invalid value for option '--cpus': 'two' is not an int
                Try 'torito run --help' for more information.
                """, s.err);
    }

    @Test
    void aMissingConfigArgumentIsAUsageError() {
        CliSession s = session().execute("run");
        assertEquals(2, s.exitCode);
        assertEquals("""
                torito: Missing required parameter: 'CONFIG'
                Try 'torito run --help' for more information.
                """, s.err);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliSession s = session().execute("run", config.toString(), "--disk", "x.img");
        assertEquals(2, s.exitCode);
        assertTrue(s.err.startsWith("torito: Unknown option: '--disk'"), s.err);
        assertTrue(s.err.endsWith("Try 'torito run --help' for more information.\n"), s.err);
        assertEquals(2, s.err.lines().count(), s.err);
    }

    @Test
    void theMonitorRejectingTheImageExitsTwo() {
        CliSession s = session();
        s.runner = (c, reports) -> {
            throw new BadInputException(c.kernel() + ": not an ELF file");
        };
        s.execute("run", config.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + kernel + ": not an ELF file\n", s.err);
    }

    @Test
    void aMonitorFailureExitsSeventyOneWithoutAStackTrace() {
        CliSession s = session();
        s.runner = (c, reports) -> {
            throw new IllegalStateException("KVM_CREATE_VM failed: EACCES");
        };
        s.execute("run", config.toString());
        assertEquals(71, s.exitCode);
        assertEquals("torito: failed: KVM_CREATE_VM failed: EACCES\n(run with -Dtorito.debug=true for details)\n",
                s.err);
    }
}
