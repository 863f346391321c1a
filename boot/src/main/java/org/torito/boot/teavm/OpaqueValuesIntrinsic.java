package org.torito.boot.teavm;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.c.intrinsic.Intrinsic;
import org.teavm.backend.c.intrinsic.IntrinsicContext;
import org.teavm.model.MethodReference;

/** Emits a call of {@code OpaqueValues.of} as its argument alone: the call exists only in the IR. */
final class OpaqueValuesIntrinsic implements Intrinsic {

    @Override
    public boolean canHandle(MethodReference method) {
        return method.getClassName().equals(OpaqueValueCalls.CLASS_NAME);
    }

    @Override
    public void apply(IntrinsicContext context, InvocationExpr invocation) {
        context.writer().print("(");
        context.emit(invocation.getArguments().get(0));
        context.writer().print(")");
    }
}
