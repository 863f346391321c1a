package org.torito.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The check against TeaVM 0.15's mistyped array elements, on C shaped like TeaVM's output. */
class GeneratedCodeCheckTest {
    private static final String BAD = """
            void meth_a_B_report() {
                TeaVM_Array* teavm_local_6;
                TeaVM_Array* teavm_local_28;
                int64_t teavm_local_4;
                teavm_local_28 = TEAVM_ARRAY_AT(teavm_local_6, int64_t, teavm_local_27);
                TEAVM_GC_ROOT(INT32_C(2), teavm_local_28);
            }
            """;
    private static final String GOOD = """
            void meth_a_B_other() {
                TeaVM_Array* teavm_local_28;
                int64_t teavm_local_4;
                teavm_local_4 = TEAVM_ARRAY_AT(teavm_local_28, int64_t, 0);
                teavm_local_28 = TEAVM_ARRAY_AT(teavm_local_6, void*, 0);
            }
            """;

    @Test
    void aPrimitiveElementInAPointerLocalIsFound() {
        assertEquals(List.of("meth_a_B_report: teavm_local_28 (TeaVM_Array*) <- int64_t"),
                GeneratedCodeCheck.problems("\n" + BAD));
    }

    @Test
    void wellTypedLoadsPassAndLocalsAreScopedPerFunction() {
        // teavm_local_4 is a long in GOOD; the same name being a pointer elsewhere must not count.
        assertEquals(List.of(), GeneratedCodeCheck.problems("\n" + GOOD));
        assertEquals(1, GeneratedCodeCheck.problems("\n" + GOOD + "\n" + BAD).size());
    }
}
