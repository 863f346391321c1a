package org.torito.boot.teavm;

import org.teavm.ast.ConstantExpr;
import org.teavm.ast.Expr;
import org.teavm.ast.InvocationExpr;
import org.teavm.backend.c.intrinsic.Intrinsic;
import org.teavm.backend.c.intrinsic.IntrinsicContext;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Emits {@code InitializedFlags.clear("X")} as the C statement that clears class X's
 * "initialised" bit (bit 0 of TeaVM's {@code TeaVM_Class.flags}, which TeaVM's generated
 * {@code initclass_X} tests and sets).
 */
final class InitializedFlagsIntrinsic implements Intrinsic {
    static final String CLASS_NAME = "org.torito.guest.runtime.InitializedFlags";

    @Override
    public boolean canHandle(MethodReference method) {
        return method.getClassName().equals(CLASS_NAME);
    }

    @Override
    public void apply(IntrinsicContext context, InvocationExpr invocation) {
        Expr argument = invocation.getArguments().get(0);
        if (!(argument instanceof ConstantExpr constant) || !(constant.getValue() instanceof String className)) {
            context.diagnotics().error(null, "Torito: InitializedFlags.clear needs a constant class name");
            context.writer().print("((void) 0)");
            return;
        }
        ValueType type = ValueType.object(className);
        context.includes().includeType(type);
        context.writer().print("(((TeaVM_Class*) &" + context.names().forClassInstance(type)
                + ")->flags &= ~INT32_C(1))");
    }
}
