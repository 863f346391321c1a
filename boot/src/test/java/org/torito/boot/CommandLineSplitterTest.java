package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guest's cmdline splitter (platform/cmdline.c), compiled for the host and run. */
class CommandLineSplitterTest {
    @TempDir
    static Path dir;
    static Path program;

    @BeforeAll
    static void compile() throws Exception {
        for (String name : List.of("cmdline.c", "torito.h")) {
            try (InputStream in = CommandLineSplitterTest.class.getResourceAsStream(PlatformSources.RESOURCE_ROOT + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        // Prints each argument of argv[1] as <arg>, one per line.
        Files.writeString(dir.resolve("driver.c"), """
                #include <stdio.h>
                #include <string.h>
                #include "torito.h"
                int main(int argc, char **argv) {
                    char *out[64];
                    int max = argc > 2 ? 2 : 64;
                    int n = torito_split_cmdline(argv[1], out, max);
                    for (int i = 0; i < n; i++) printf("<%s>\\n", out[i]);
                    return 0;
                }
                """);
        Toolchain.run(dir, List.of("gcc", "-Wall", "-Werror", "-o", "split", "driver.c", "cmdline.c"), "gcc");
        program = dir.resolve("split");
    }

    static List<String> split(String line, String... more) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(program.toString(), line));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out.lines().map(l -> l.substring(1, l.length() - 1)).toList();
    }

    @Test
    void splitsOnWhitespace() throws Exception {
        assertEquals(List.of("a", "b", "c"), split("  a \tb\nc  "));
    }

    @Test
    void emptyLineHasNoArguments() throws Exception {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split("   "));
    }

    @Test
    void doubleQuotesGroupAndAreDropped() throws Exception {
        assertEquals(List.of("a b", "c", "x y z", ""), split("\"a b\" c x\" y \"z \"\""));
    }

    @Test
    void backslashEscapesQuoteAndBackslashOnlyInsideQuotes() throws Exception {
        assertEquals(List.of("say \"hi\"", "a\\b", "c\\d", "e\\"), split("\"say \\\"hi\\\"\" \"a\\\\b\" c\\d \"e\\\\\""));
    }

    @Test
    void utf8PassesThrough() throws Exception {
        assertEquals(List.of("größe=ü", "日本"), split("größe=ü 日本"));
    }

    @Test
    void stopsAtTheArgumentLimit() throws Exception {
        assertEquals(List.of("a", "b"), split("a b c d", "limit"));
    }
}
