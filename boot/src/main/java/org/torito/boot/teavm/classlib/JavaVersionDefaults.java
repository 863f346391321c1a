package org.torito.boot.teavm.classlib;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.StringConstantInstruction;

/**
 * System properties answer with the version of the JDK that builds the image: TeaVM 0.15 said
 * {@code java.version} "21" whatever built it, and programs that parse the version (major and
 * minor around the first dot) failed on it. TeaVM's System makes its properties on first use
 * ({@code initPropertiesIfNeeded}); this adds, right after it stores the new properties, a call
 * of torito-guest's {@code JavaVersionProperties.install} with the building JVM's own values as
 * constants: once per image run, and an image that never reads a property pays nothing. Then
 * {@code ConfiguredProperties.install} sets the VM config's "properties", which so override
 * the defaults as {@code java -D} does.
 */
public final class JavaVersionDefaults implements ClassHolderTransformer {
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final List<String> PROPERTIES = List.of("java.version", "java.runtime.version",
            "java.specification.version", "java.class.version");
    private static final MethodReference INSTALL = new MethodReference("org.torito.guest.boot.JavaVersionProperties",
            "install", STRING, STRING, STRING, STRING, ValueType.VOID);
    private static final MethodReference CONFIGURED = new MethodReference("org.torito.guest.boot.ConfiguredProperties",
            "install", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.System")) {
            return;
        }
        MethodHolder init = cls.getMethod(new MethodDescriptor("initPropertiesIfNeeded", ValueType.VOID));
        if (init == null || init.getProgram() == null) {
            context.getDiagnostics().error(null, "Torito: System.initPropertiesIfNeeded not found; JavaVersionDefaults "
                    + "does not fit this TeaVM version");
            return;
        }
        Program program = init.getProgram();
        List<PutFieldInstruction> stores = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof PutFieldInstruction put && put.getField().getFieldName().equals("properties")) {
                    stores.add(put);
                }
            }
        }
        if (stores.size() != 1) {
            context.getDiagnostics().error(null, "Torito: System.initPropertiesIfNeeded stores its properties at "
                    + stores.size() + " places, JavaVersionDefaults expects 1; look at this TeaVM version");
            return;
        }
        List<Instruction> call = new ArrayList<>();
        Variable[] values = new Variable[PROPERTIES.size()];
        for (int i = 0; i < values.length; i++) {
            StringConstantInstruction constant = new StringConstantInstruction();
            constant.setConstant(System.getProperty(PROPERTIES.get(i)));
            values[i] = program.createVariable();
            constant.setReceiver(values[i]);
            call.add(constant);
        }
        InvokeInstruction install = new InvokeInstruction();
        install.setType(InvocationType.SPECIAL);
        install.setMethod(INSTALL);
        install.setArguments(values);
        call.add(install);
        InvokeInstruction configured = new InvokeInstruction();
        configured.setType(InvocationType.SPECIAL);
        configured.setMethod(CONFIGURED);
        call.add(configured);
        stores.get(0).insertNextAll(call);
    }
}
