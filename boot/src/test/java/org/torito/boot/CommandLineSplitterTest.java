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
        // Prints each argument of argv[1] as <arg>, one per line. Mode "limit": at most 2
        // arguments; mode "drop": without the monitor's words, then the torito.net= value as [value].
        Files.writeString(dir.resolve("driver.c"), """
                #include <stdio.h>
                #include <string.h>
                #include "torito.h"
                int main(int argc, char **argv) {
                    char *out[64];
                    int limit = argc > 2 && strcmp(argv[2], "limit") == 0;
                    int drop = argc > 2 && strcmp(argv[2], "drop") == 0;
                    out[0] = "prog";
                    int n = 1 + torito_split_cmdline(argv[1], out + 1, limit ? 2 : 63);
                    if (drop) n = torito_drop_kernel_args(out, n);
                    for (int i = 1; i < n; i++) printf("<%s>\\n", out[i]);
                    if (drop && torito_net_arg()) printf("<[%s]>\\n", torito_net_arg());
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
    void theMonitorsWordsAreDroppedAndTheNetworkAddressKept() throws Exception {
        assertEquals(List.of("port=80", "x", "[10.0.3.15/24,10.0.3.1]"),
                split("port=80 virtio_mmio.device=4K@0x40001000:5 x torito.net=10.0.3.15/24,10.0.3.1", "drop"));
        assertEquals(List.of("torito.networks", "virtio_mmio.devices"),
                split("torito.networks virtio_mmio.devices", "drop"));
    }

    @Test
    void stopsAtTheArgumentLimit() throws Exception {
        assertEquals(List.of("a", "b"), split("a b c d", "limit"));
    }
}
