package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches of TeaVM's generated C: the object-spill patch on C shaped like TeaVM 0.15's output
 * for a method with a handler, and the stack check on the runtime headers of the TeaVM the
 * build uses.
 */
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

    private void copyTeaVmHeader(String name) throws IOException {
        try (InputStream in = GeneratedCodePatch.class.getResourceAsStream("/org/teavm/backend/c/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void everyTryStoresTheSpilledLocalsOfItsFunctionFirst() {
        String code = """
                void meth_a_B_attempt(void* teavm_local_1, void* teavm_local_3) {
                    int32_t teavm_local_2;
                    volatile int32_t teavm_spill_2;
                    void* volatile teavm_spill_3;
                    TEAVM_TRY
                        call(teavm_local_1);
                    TEAVM_CATCH
                    TEAVM_END_TRY
                }
                void meth_a_B_plain(void* teavm_local_1) {
                    TEAVM_TRY
                    TEAVM_END_TRY
                }
                """;
        assertEquals("""
                void meth_a_B_attempt(void* teavm_local_1, void* teavm_local_3) {
                    int32_t teavm_local_2;
                    volatile int32_t teavm_spill_2;
                    void* volatile teavm_spill_3;
                    TEAVM_TRY
                        teavm_spill_2 = teavm_local_2;
                        teavm_spill_3 = teavm_local_3;
                        call(teavm_local_1);
                    TEAVM_CATCH
                    TEAVM_END_TRY
                }
                void meth_a_B_plain(void* teavm_local_1) {
                    TEAVM_TRY
                    TEAVM_END_TRY
                }
                """, GeneratedCodePatch.spillOnTryEntry(code));
    }

    @Test
    void aSpilledThisIsStoredByItsOwnName() {
        String code = """
                void* meth_a_B_self(void* teavm_this_, int32_t teavm_local_1) {
                    void* volatile teavm_spill_0;
                    TEAVM_TRY
                        teavm_this_ = call(teavm_local_1);
                    TEAVM_END_TRY
                }
                """;
        assertEquals("""
                void* meth_a_B_self(void* teavm_this_, int32_t teavm_local_1) {
                    void* volatile teavm_spill_0;
                    TEAVM_TRY
                        teavm_spill_0 = teavm_this_;
                        teavm_this_ = call(teavm_local_1);
                    TEAVM_END_TRY
                }
                """, GeneratedCodePatch.spillOnTryEntry(code));
    }

    @Test
    void everyJavaMethodChecksTheStackBeforeItLinksItsFrameAndHandlersReArmIt() throws Exception {
        copyTeaVmHeader("stack.h");
        copyTeaVmHeader("exceptions.h");

        GeneratedCodePatch.addStackCheck(dir);

        String stack = Files.readString(dir.resolve("stack.h"), StandardCharsets.UTF_8);
        int define = stack.indexOf("    #define TEAVM_ALLOC_STACK(sz) \\\n        TORITO_STACK_CHECK(); \\\n"
                + "        struct { TeaVM_StackFrame header;");
        assertTrue(define > 0, stack);
        assertTrue(stack.indexOf("#define TORITO_STACK_CHECK()") < define, "the check is defined before its use");
        String exceptions = Files.readString(dir.resolve("exceptions.h"), StandardCharsets.UTF_8);
        assertTrue(exceptions.contains("} else { \\\n                TEAVM_RESTORE_JUMP_BUFFER; \\\n"
                + "                torito_stack_rearm(); \\\n                switch (teavm_exceptionHandler) {"), exceptions);

        // A TeaVM whose headers no longer have the patched lines fails the build, not the image.
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> GeneratedCodePatch.addStackCheck(dir));
        assertTrue(e.getMessage().contains("stack.h"), e.getMessage());
    }

    @Test
    void stackTracesStopAtHotSpotsDepth() throws Exception {
        Path file = dir.resolve("classes/org/teavm/runtime/ExceptionHandling.c");
        Files.createDirectories(file.getParent());
        // The shape of TeaVM 0.15.0's fillStackTrace, reduced to the lines the patch touches.
        Files.writeString(file, """
                void* other() {
                }
                TeaVM_Array* meth_otr_ExceptionHandling_fillStackTrace() {
                    teavm_local_1 = teavm_stackTop;
                    teavm_local_2 = meth_otr_ExceptionHandling_callStackSize();
                    TEAVM_ALLOC_STACK(INT32_C(1));
                    teavm_local_4 = INT32_C(0);
                    while (1) {
                        if (!(teavm_local_1 != NULL)) break;
                        teavm_local_5 = TEAVM_GET_CALL_SITE_ID(teavm_local_1);
                            } else {
                                while (1) {
                                    if (!(teavm_local_7 != NULL)) break;
                                    teavm_local_13 = 0;
                                }
                            }
                    }
                }
                """, StandardCharsets.UTF_8);

        GeneratedCodePatch.capStackTraces(dir);

        String code = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(code.contains("callStackSize();\n    if (teavm_local_2 > 1024) teavm_local_2 = 1024;\n"), code);
        assertTrue(code.contains("if (!(teavm_local_1 != NULL)) break;\n        if (teavm_local_4 >= teavm_local_2) break;\n"),
                code);
        assertTrue(code.contains("if (!(teavm_local_7 != NULL)) break;\n"
                + "                    if (teavm_local_4 >= teavm_local_2) break;\n"), code);
        assertThrows(ImageBuildException.class, () -> GeneratedCodePatch.capStackTraces(dir),
                "a second application finds nothing to cap: the lines it keys on are followed by its own");
    }
}
