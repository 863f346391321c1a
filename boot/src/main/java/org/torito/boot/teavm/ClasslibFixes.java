package org.torito.boot.teavm;

import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Class-library methods whose TeaVM 0.15 body is wrong, replaced by a call to a correct static
 * method in torito-guest with the same parameters (an instance method's receiver first). Each entry names the difference it fixes
 * (docs/differential-suite.md lists them). A listed method that TeaVM no longer has fails the
 * build, so a TeaVM upgrade forces a look at this list.
 */
final class ClasslibFixes implements ClassHolderTransformer {

    private record Fix(MethodReference broken, MethodReference replacement) {
    }

    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final String MATH = "org.torito.guest.runtime.MathFixes";
    private static final String PARSING = "org.torito.guest.runtime.NumberParsing";
    private static final String FLOATING_PARSING = "org.torito.guest.runtime.FloatingPointParsing";
    private static final String BUILDER_FIXES = "org.torito.guest.runtime.StringBuilderFixes";
    private static final String DOUBLE_STRINGS = "org.torito.guest.runtime.format.DoubleStrings";

    private static final List<Fix> FIXES = List.of(
            // rint(-0.0) and rint(-0.4) gave 0.0 instead of -0.0.
            new Fix(new MethodReference("java.lang.Math", "rint", ValueType.DOUBLE, ValueType.DOUBLE),
                    new MethodReference(MATH, "rint", ValueType.DOUBLE,
                            ValueType.DOUBLE)),
            // round(-1.5) gave -2 (halves away from zero), round(0.49999999999999994) gave 1.
            new Fix(new MethodReference("java.lang.Math", "round", ValueType.DOUBLE, ValueType.LONG),
                    new MethodReference(MATH, "round", ValueType.DOUBLE, ValueType.LONG)),
            new Fix(new MethodReference("java.lang.Math", "round", ValueType.FLOAT, ValueType.INTEGER),
                    new MethodReference(MATH, "round", ValueType.FLOAT, ValueType.INTEGER)),
            // The platform libm's log10(1000) is 2.9999999999999996; Java wants log10(10^n) == n.
            new Fix(new MethodReference("java.lang.Math", "log10", ValueType.DOUBLE, ValueType.DOUBLE),
                    new MethodReference(MATH, "log10", ValueType.DOUBLE, ValueType.DOUBLE)),
            // Math.ulp(1.0) gave a wrong value.
            new Fix(new MethodReference("java.lang.Math", "ulp", ValueType.DOUBLE, ValueType.DOUBLE),
                    new MethodReference(MATH, "ulp", ValueType.DOUBLE, ValueType.DOUBLE)),
            new Fix(new MethodReference("java.lang.Math", "ulp", ValueType.FLOAT, ValueType.FLOAT),
                    new MethodReference(MATH, "ulp", ValueType.FLOAT, ValueType.FLOAT)),
            // Class.getSimpleName() threw NullPointerException for an array of a class whose
            // Class object TeaVM had not made yet (Shape[] of an interface Shape).
            new Fix(new MethodReference("java.lang.Class", "getSimpleName", STRING),
                    new MethodReference("org.torito.guest.runtime.ClassNames", "simpleName",
                            ValueType.object("java.lang.Class"), STRING)),
            // Class.desiredAssertionStatus() was true: every assert ran, as with java -ea.
            new Fix(new MethodReference("java.lang.Class", "desiredAssertionStatus", ValueType.BOOLEAN),
                    new MethodReference("org.torito.guest.runtime.AssertionStatus", "desiredAssertionStatus",
                            ValueType.object("java.lang.Class"), ValueType.BOOLEAN)),
            // Formatter knew no %n, %e, %g or %a, rounded half-even where Java rounds half-up,
            // printed --9223372036854775808 for Long.MIN_VALUE and -\u221e for -Infinity.
            new Fix(new MethodReference("java.util.Formatter", "format", ValueType.object("java.util.Locale"), STRING,
                    ValueType.arrayOf(ValueType.object("java.lang.Object")), ValueType.object("java.util.Formatter")),
                    new MethodReference("org.torito.guest.runtime.format.JavaFormatter", "format",
                            ValueType.object("java.util.Formatter"), ValueType.object("java.util.Locale"), STRING,
                            ValueType.arrayOf(ValueType.object("java.lang.Object")),
                            ValueType.object("java.util.Formatter"))),
            // Double.toString(1e23) was 9.999999999999999E22 (not the shortest decimal that reads
            // back) and Float.toString(0.1f) threw IndexOutOfBoundsException; every double and
            // float reaches a string through these (Double.toString, String.valueOf, "" + d).
            returningReceiver("java.lang.StringBuilder", "append", DOUBLE_STRINGS, ValueType.DOUBLE),
            returningReceiver("java.lang.StringBuilder", "append", DOUBLE_STRINGS, ValueType.FLOAT),
            returningReceiver("java.lang.StringBuilder", "insert", DOUBLE_STRINGS, ValueType.INTEGER, ValueType.DOUBLE),
            returningReceiver("java.lang.StringBuilder", "insert", DOUBLE_STRINGS, ValueType.INTEGER, ValueType.FLOAT),
            returningReceiver("java.lang.StringBuffer", "append", DOUBLE_STRINGS, ValueType.DOUBLE),
            returningReceiver("java.lang.StringBuffer", "append", DOUBLE_STRINGS, ValueType.FLOAT),
            returningReceiver("java.lang.StringBuffer", "insert", DOUBLE_STRINGS, ValueType.INTEGER, ValueType.DOUBLE),
            returningReceiver("java.lang.StringBuffer", "insert", DOUBLE_STRINGS, ValueType.INTEGER, ValueType.FLOAT),
            // setLength only moved the length: growing showed old characters instead of '\0', and
            // -1 was accepted; reverse() split surrogate pairs.
            new Fix(new MethodReference("java.lang.AbstractStringBuilder", "setLength", ValueType.INTEGER, ValueType.VOID),
                    new MethodReference(BUILDER_FIXES, "setLength", ValueType.object("java.lang.CharSequence"),
                            ValueType.INTEGER, ValueType.VOID)),
            returningReceiver("java.lang.StringBuilder", "reverse", BUILDER_FIXES),
            returningReceiver("java.lang.StringBuffer", "reverse", BUILDER_FIXES),
            // copyOfRange past the end threw ArrayIndexOutOfBoundsException instead of padding, and an
            // end before the start too, instead of IllegalArgumentException.
            copyOfRange(ValueType.arrayOf(ValueType.BOOLEAN)),
            copyOfRange(ValueType.arrayOf(ValueType.BYTE)),
            copyOfRange(ValueType.arrayOf(ValueType.CHARACTER)),
            copyOfRange(ValueType.arrayOf(ValueType.SHORT)),
            copyOfRange(ValueType.arrayOf(ValueType.INTEGER)),
            copyOfRange(ValueType.arrayOf(ValueType.LONG)),
            copyOfRange(ValueType.arrayOf(ValueType.FLOAT)),
            copyOfRange(ValueType.arrayOf(ValueType.DOUBLE)),
            copyOfRange(ValueType.arrayOf(ValueType.object("java.lang.Object"))),
            // codePoints().count() counted a surrogate pair as two.
            new Fix(new MethodReference("java.lang.String", "codePoints", ValueType.object("java.util.stream.IntStream")),
                    new MethodReference("org.torito.guest.runtime.StringCodePoints", "codePoints", STRING,
                            ValueType.object("java.util.stream.IntStream"))),
            // Harmony's hash codes of big numbers are not the JDK's, and programs print them.
            instance("java.math.BigInteger", "hashCode", "org.torito.guest.runtime.BigNumberHashes", ValueType.INTEGER),
            instance("java.math.BigDecimal", "hashCode", "org.torito.guest.runtime.BigNumberHashes", ValueType.INTEGER),
            // "1.0E23" and "2.2250738585072012e-308" parsed one ulp off, "16777217" as a float
            // rounded up instead of to even, and hexadecimal ("0x1.8p1") was rejected.
            new Fix(new MethodReference("java.lang.Double", "parseDouble", STRING, ValueType.DOUBLE),
                    new MethodReference(FLOATING_PARSING, "parseDouble", STRING, ValueType.DOUBLE)),
            new Fix(new MethodReference("java.lang.Float", "parseFloat", STRING, ValueType.FLOAT),
                    new MethodReference(FLOATING_PARSING, "parseFloat", STRING, ValueType.FLOAT)),
            // "2147483648" parsed as -2147483648 instead of throwing NumberFormatException.
            new Fix(new MethodReference("java.lang.Integer", "parseInt", STRING, ValueType.INTEGER, ValueType.INTEGER),
                    new MethodReference(PARSING, "parseInt", STRING, ValueType.INTEGER, ValueType.INTEGER)),
            new Fix(new MethodReference("java.lang.Long", "parseLong", STRING, ValueType.INTEGER, ValueType.LONG),
                    new MethodReference(PARSING, "parseLong", STRING, ValueType.INTEGER, ValueType.LONG)),
            // The event queue's wait knew only its timer (a spin on the TSC in the platform, and a
            // Thread.sleep that could end up to 1 ms early): CoreIdle also wakes threads parked on
            // channels and sleeps in the IDLE hypercall.
            new Fix(new MethodReference("org.teavm.runtime.EventQueue", "waitUntil", ValueType.LONG, ValueType.VOID),
                    new MethodReference("org.torito.guest.kernel.CoreIdle", "waitUntil", ValueType.LONG,
                            ValueType.VOID)));

    /**
     * An instance method of {@code owner} and the static replacement of the same name in
     * {@code replacementClass}, with the receiver as its first parameter.
     */
    private static Fix instance(String owner, String name, String replacementClass, ValueType result,
                                ValueType... parameters) {
        ValueType[] broken = new ValueType[parameters.length + 1];
        System.arraycopy(parameters, 0, broken, 0, parameters.length);
        broken[parameters.length] = result;
        ValueType[] replacement = new ValueType[parameters.length + 2];
        replacement[0] = ValueType.object(owner);
        System.arraycopy(parameters, 0, replacement, 1, parameters.length);
        replacement[parameters.length + 1] = result;
        return new Fix(new MethodReference(owner, name, broken), new MethodReference(replacementClass, name, replacement));
    }

    /** The same for a method that returns its receiver, as StringBuilder's append, insert and reverse do. */
    private static Fix returningReceiver(String owner, String name, String replacementClass, ValueType... parameters) {
        return instance(owner, name, replacementClass, ValueType.object(owner), parameters);
    }

    private static Fix copyOfRange(ValueType array) {
        MethodReference broken = new MethodReference("java.util.Arrays", "copyOfRange", array, ValueType.INTEGER,
                ValueType.INTEGER, array);
        return new Fix(broken, new MethodReference("org.torito.guest.runtime.ArrayRanges", "copyOfRange", array,
                ValueType.INTEGER, ValueType.INTEGER, array));
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Fix fix : FIXES) {
            if (!fix.broken().getClassName().equals(cls.getName())) {
                continue;
            }
            MethodDescriptor descriptor = fix.broken().getDescriptor();
            MethodHolder method = cls.getMethod(descriptor);
            if (method == null) {
                context.getDiagnostics().error(null, "Torito: " + fix.broken() + " not found; the class-library fix "
                        + "does not fit this TeaVM version");
                continue;
            }
            method.getModifiers().remove(ElementModifier.NATIVE);
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            // An instance method's receiver becomes the replacement's first parameter.
            boolean isStatic = method.hasModifier(ElementModifier.STATIC);
            int receiver = isStatic ? 0 : 1;
            ValueEmitter[] args = new ValueEmitter[descriptor.parameterCount() + receiver];
            if (!isStatic) {
                args[0] = pe.var(0, ValueType.object(cls.getName()));
            }
            for (int i = 0; i < descriptor.parameterCount(); i++) {
                args[i + receiver] = pe.var(i + 1, descriptor.parameterType(i));
            }
            ValueEmitter result = pe.invoke(fix.replacement(), args);
            if (descriptor.getResultType() == ValueType.VOID) {
                pe.exit();
            } else {
                result.returnValue();
            }
        }
    }
}
