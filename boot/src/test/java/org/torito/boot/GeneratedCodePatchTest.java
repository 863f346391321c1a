package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object-spill patch, on C shaped like TeaVM 0.15's output for a method with a handler. */
class GeneratedCodePatchTest {
    @TempDir
    Path dir;

    @Test
    void objectSpillsBecomeVolatilePointersAndPrimitiveOnesStay() throws IOException {
        Path source = dir.resolve("classes/a/B.c");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                void meth_a_B_stages(int32_t teavm_local_1) {
                    int32_t teavm_local_2;
                    volatile int32_t teavm_spill_2;
                    void* teavm_local_5;
                    volatile void* teavm_spill_5;
                    volatile TeaVM_Array* teavm_spill_9;
                """, StandardCharsets.UTF_8);
        Path untouched = dir.resolve("classes/a/C.c");
        String noSpills = "volatile void* not_a_spill;\n";
        Files.writeString(untouched, noSpills, StandardCharsets.UTF_8);

        GeneratedCodePatch.makeObjectSpillsVolatile(dir);

        assertEquals("""
                void meth_a_B_stages(int32_t teavm_local_1) {
                    int32_t teavm_local_2;
                    volatile int32_t teavm_spill_2;
                    void* teavm_local_5;
                    void* volatile teavm_spill_5;
                    TeaVM_Array* volatile teavm_spill_9;
                """, Files.readString(source, StandardCharsets.UTF_8));
        assertEquals(noSpills, Files.readString(untouched, StandardCharsets.UTF_8));
    }
}
