package org.torito.boot.teavm;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.c.intrinsic.Intrinsic;
import org.teavm.backend.c.intrinsic.IntrinsicContext;
import org.teavm.model.MethodReference;

/**
 * Emits {@code StringLiterals.count()} and {@code at(i)} as C that walks TeaVM's string table:
 * {@code teavm_stringHashtableData}, the chain of entry blocks in which {@code
 * teavm_registerString} keeps each distinct literal once. (GCC statement expressions: the
 * pipeline compiles with gcc.)
 */
final class StringLiteralsIntrinsic implements Intrinsic {
    static final String CLASS_NAME = "org.torito.guest.runtime.StringLiterals";

    @Override
    public boolean canHandle(MethodReference method) {
        return method.getClassName().equals(CLASS_NAME);
    }

    @Override
    public void apply(IntrinsicContext context, InvocationExpr invocation) {
        context.includes().includePath("stringhash.h");
        if (invocation.getMethod().getName().equals("count")) {
            context.writer().print("({ int32_t torito_n = 0; for (TeaVM_HashtableEntrySet* torito_s = "
                    + "teavm_stringHashtableData; torito_s != NULL; torito_s = torito_s->next) "
                    + "torito_n += torito_s->size; torito_n; })");
            return;
        }
        context.writer().print("({ int32_t torito_i = ");
        context.emit(invocation.getArguments().get(0));
        context.writer().print("; TeaVM_HashtableEntrySet* torito_s = teavm_stringHashtableData; "
                + "while (torito_i >= torito_s->size) { torito_i -= torito_s->size; torito_s = torito_s->next; } "
                + "(void*) torito_s->data[torito_i].data; })");
    }
}
