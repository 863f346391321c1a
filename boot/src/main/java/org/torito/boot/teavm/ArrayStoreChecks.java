package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;

/**
 * Gives stores into object arrays Java's ArrayStoreException. TeaVM 0.15 stores any reference
 * into any object array: {@code Object[] a = new String[1]; a[0] = 1;} left an Integer in a
 * String[], which code reading it as a String then used as one (memory corruption in C). Each
 * object-array store in code outside the class library first calls
 * org.torito.guest.runtime.ArrayStores.check(array, index, value). The class library (java.*,
 * org.teavm.*) is left alone: it stores only into arrays it made for what it stores.
 */
final class ArrayStoreChecks implements ClassHolderTransformer {

    static final String RUNTIME_CLASS = "org.torito.guest.runtime.ArrayStores";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final MethodReference CHECK = new MethodReference(RUNTIME_CLASS, "check", OBJECT,
            ValueType.INTEGER, OBJECT, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (ManagedCode.isClassLibrary(cls.getName())) {
            return;
        }
        for (Program program : ManagedCode.rewritablePrograms(cls, RUNTIME_CLASS)) {
            transform(program);
        }
    }

    private static void transform(Program program) {
        // A store writes into the unwrapped data of an array; the check needs the array itself.
        Map<Variable, Variable> arrayOfData = new HashMap<>();
        List<PutElementInstruction> stores = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof UnwrapArrayInstruction unwrap && unwrap.getElementType() == ArrayElementType.OBJECT) {
                    arrayOfData.put(unwrap.getReceiver(), unwrap.getArray());
                } else if (insn instanceof PutElementInstruction store && store.getType() == ArrayElementType.OBJECT) {
                    stores.add(store);
                }
            }
        }
        for (PutElementInstruction store : stores) {
            Variable array = arrayOfData.get(store.getArray());
            if (array == null) {
                continue;
            }
            InvokeInstruction check = new InvokeInstruction();
            check.setType(InvocationType.SPECIAL);
            check.setMethod(CHECK);
            check.setArguments(array, store.getIndex(), store.getValue());
            check.setLocation(store.getLocation());
            store.insertPrevious(check);
        }
    }
}
