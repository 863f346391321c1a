package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits TeaVM's generated C before gcc sees it. Each edit must match exactly once, so a
 * TeaVM upgrade that changes the generated code fails the build instead of silently
 * producing a broken image.
 */
final class GeneratedCodePatch {
    /**
     * The heap is sized at boot from the memory map (identity-mapped RAM has no lazy commit),
     * and min = max: a heap that never grows also never reaches the state that crashes
     * TeaVM's GC (see {@link #guardFullHeapDefragment}).
     */
    private static final Pattern INIT_HEAP = Pattern.compile("teavm_initHeap\\(\\d+, \\d+\\);");
    static final String INIT_HEAP_REPLACEMENT = "teavm_initHeap(torito_heap_bytes(), torito_heap_bytes());";

    /**
     * TeaVM 0.15.0's GC.calculateRelocationTargets reads the first free-chunk holder without
     * checking that sweep found any free chunk. With a 100% live heap it reads stale GC work
     * memory as a pointer and crashes. Stop with an honest out-of-memory panic instead.
     */
    private static final String DEFRAGMENT = "void meth_otr_GC_defragment() {\n";
    private static final String DEFRAGMENT_GUARD = DEFRAGMENT
            + "    if (sfld_otr_GC_freeChunks == 0) torito_heap_full();\n";

    private GeneratedCodePatch() {
    }

    static void apply(Path generatedDir) throws IOException, ImageBuildException {
        Path main = generatedDir.resolve("main.c");
        String mainC = Files.readString(main, StandardCharsets.UTF_8);
        Matcher m = INIT_HEAP.matcher(mainC);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count != 1) {
            throw new ImageBuildException("TeaVM's main.c has " + count + " teavm_initHeap(min, max) calls, expected exactly 1;"
                    + " the heap-size patch does not fit this TeaVM version");
        }
        mainC = "#include <stdint.h>\nextern int64_t torito_heap_bytes(void);\n"
                + INIT_HEAP.matcher(mainC).replaceFirst(Matcher.quoteReplacement(INIT_HEAP_REPLACEMENT));
        Files.writeString(main, mainC, StandardCharsets.UTF_8);

        Path gc = generatedDir.resolve("classes/org/teavm/runtime/GC.c");
        String gcC = Files.readString(gc, StandardCharsets.UTF_8);
        int at = gcC.indexOf(DEFRAGMENT);
        if (at < 0 || gcC.indexOf(DEFRAGMENT, at + 1) >= 0) {
            throw new ImageBuildException("TeaVM's GC.c does not contain exactly one '" + DEFRAGMENT.strip()
                    + "'; the GC guard patch does not fit this TeaVM version");
        }
        gcC = "_Noreturn void torito_heap_full(void);\n" + gcC.replace(DEFRAGMENT, DEFRAGMENT_GUARD);
        Files.writeString(gc, gcC, StandardCharsets.UTF_8);
    }
}
