package org.torito.boot.teavm;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.c.intrinsic.Intrinsic;
import org.teavm.backend.c.intrinsic.IntrinsicContext;
import org.teavm.model.MethodReference;

/** Emits a {@link PinnedHandlerValues} pin as its argument alone: the pin exists only in the IR. */
final class PinIntrinsic implements Intrinsic {

    @Override
    public boolean canHandle(MethodReference method) {
        return method.getClassName().equals(PinnedHandlerValues.RUNTIME_CLASS) && method.getName().equals("pin");
    }

    @Override
    public void apply(IntrinsicContext context, InvocationExpr invocation) {
        context.writer().print("(");
        context.emit(invocation.getArguments().get(0));
        context.writer().print(")");
    }
}
