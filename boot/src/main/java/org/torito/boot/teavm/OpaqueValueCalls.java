package org.torito.boot.teavm;

import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.VariableType;

/**
 * Calls of torito-guest's {@code OpaqueValues.of}: the identity that no optimisation folds,
 * moves or removes, emitted in C as its argument ({@link OpaqueValuesIntrinsic}).
 */
final class OpaqueValueCalls {
    static final String CLASS_NAME = "org.torito.guest.runtime.OpaqueValues";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");

    private OpaqueValueCalls() {
    }

    /** {@code receiver = OpaqueValues.of(value)}; {@code receiver} may be null (a use only). */
    static InvokeInstruction call(Variable value, VariableType type, Variable receiver) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        ValueType kind = kindOf(type);
        call.setMethod(new MethodReference(CLASS_NAME, "of", kind, kind));
        call.setArguments(value);
        call.setReceiver(receiver);
        return call;
    }

    /** The overload that keeps the value's type for TeaVM's typing (an array its element type). */
    private static ValueType kindOf(VariableType type) {
        return type == null ? OBJECT : switch (type) {
            case INT -> ValueType.INTEGER;
            case LONG -> ValueType.LONG;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            case BYTE_ARRAY -> ValueType.arrayOf(ValueType.BYTE);
            case SHORT_ARRAY -> ValueType.arrayOf(ValueType.SHORT);
            case CHAR_ARRAY -> ValueType.arrayOf(ValueType.CHARACTER);
            case INT_ARRAY -> ValueType.arrayOf(ValueType.INTEGER);
            case LONG_ARRAY -> ValueType.arrayOf(ValueType.LONG);
            case FLOAT_ARRAY -> ValueType.arrayOf(ValueType.FLOAT);
            case DOUBLE_ARRAY -> ValueType.arrayOf(ValueType.DOUBLE);
            case OBJECT_ARRAY -> ValueType.arrayOf(OBJECT);
            default -> OBJECT;
        };
    }
}
