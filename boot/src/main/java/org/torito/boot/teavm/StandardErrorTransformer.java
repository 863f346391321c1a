package org.torito.boot.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Sends System.err to stderr. TeaVM 0.15's C class library writes System.err's bytes
 * ({@code Console.writeStderr}) with the same putwchar as System.out, so a program's error
 * output lands on stdout. The body is replaced by a call to
 * org.torito.guest.runtime.StandardError.write.
 */
final class StandardErrorTransformer implements ClassHolderTransformer {

    private static final String CONSOLE = "org.teavm.classlib.impl.console.Console";
    private static final ValueType BYTES = ValueType.arrayOf(ValueType.BYTE);
    private static final MethodDescriptor WRITE_STDERR = new MethodDescriptor("writeStderr", BYTES, ValueType.INTEGER,
            ValueType.INTEGER, ValueType.VOID);
    private static final MethodReference STANDARD_ERROR = new MethodReference("org.torito.guest.runtime.StandardError",
            "write", BYTES, ValueType.INTEGER, ValueType.INTEGER, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(CONSOLE)) {
            return;
        }
        MethodHolder method = cls.getMethod(WRITE_STDERR);
        if (method == null) {
            context.getDiagnostics().error(null, "Torito: " + CONSOLE + "." + WRITE_STDERR
                    + " not found; the System.err redirection does not fit this TeaVM version");
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.invoke(STANDARD_ERROR, pe.var(1, BYTES), pe.var(2, int.class), pe.var(3, int.class));
        pe.exit();
    }
}
