package org.torito.boot.teavm.classlib;

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
 * Gives the methods of torito-guest's {@code ClasslibAccess} their bodies: the protected
 * or package-private class-library members ({@code AbstractList.modCount}, {@code Random.next(int)},
 * {@code System.doArrayCopy}, the JDK's {@code IllegalFormatArgumentIndexException}) that the
 * replacements of {@link ClasslibFixes} need and Java's access rules keep out of reach of their
 * source. In compiled code access rules no longer apply.
 */
public final class ClasslibAccessors implements ClassHolderTransformer {
    static final String ACCESS = "org.torito.guest.runtime.ClasslibAccess";
    private static final ValueType ABSTRACT_LIST = ValueType.object("java.util.AbstractList");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType RANDOM = ValueType.object("java.util.Random");
    private static final ValueType HASH_MAP = ValueType.object("java.util.HashMap");
    private static final ValueType HASH_ENTRY = ValueType.object(HashMapOrder.ENTRY);
    private static final ValueType HASH_TABLE = ValueType.arrayOf(HASH_ENTRY);
    private static final ValueType DECIMAL_FORMAT = ValueType.object("java.text.DecimalFormat");
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType LOCALE = ValueType.object("java.util.Locale");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(ACCESS)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (!method.hasModifier(ElementModifier.STATIC) || method.getName().equals("<clinit>")) {
                continue;
            }
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            MethodDescriptor descriptor = method.getDescriptor();
            switch (method.getName()) {
                case "modCount" -> pe.var(1, ABSTRACT_LIST).getField("modCount", ValueType.INTEGER).returnValue();
                case "next" -> pe.var(1, RANDOM).invokeVirtual("next", ValueType.INTEGER, pe.var(2, ValueType.INTEGER))
                        .returnValue();
                case "copyArray" -> {
                    ValueEmitter[] args = {pe.var(1, OBJECT), pe.var(2, ValueType.INTEGER), pe.var(3, OBJECT),
                        pe.var(4, ValueType.INTEGER), pe.var(5, ValueType.INTEGER)};
                    pe.invoke(new MethodReference("java.lang.System", "doArrayCopy", OBJECT, ValueType.INTEGER, OBJECT,
                            ValueType.INTEGER, ValueType.INTEGER, ValueType.VOID), args);
                    pe.exit();
                }
                case "illegalFormatArgumentIndex" -> pe.construct("java.util.IllegalFormatArgumentIndexException",
                        pe.var(1, ValueType.INTEGER)).returnValue();
                case "hashTable" -> pe.var(1, HASH_MAP).getField("elementData", HASH_TABLE).returnValue();
                case "newHashTable" -> pe.var(1, HASH_MAP).invokeVirtual("newElementArray", HASH_TABLE,
                        pe.var(2, ValueType.INTEGER)).returnValue();
                case "setHashTable" -> {
                    ValueEmitter map = pe.var(1, HASH_MAP);
                    map.setField("elementData", pe.var(2, HASH_TABLE));
                    map.invokeSpecial("computeThreshold");
                    pe.exit();
                }
                case "hashMapSize" -> pe.var(1, HASH_MAP).getField("elementCount", ValueType.INTEGER).returnValue();
                case "hashMapModCount" -> pe.var(1, HASH_MAP).getField("modCount", ValueType.INTEGER).returnValue();
                case "hashMapThreshold" -> pe.var(1, HASH_MAP).getField("threshold", ValueType.INTEGER).returnValue();
                case "hashMapLoadFactor" -> pe.var(1, HASH_MAP).getField("loadFactor", ValueType.FLOAT).returnValue();
                case "putHashEntry" -> {
                    pe.var(1, HASH_MAP).invokeSpecial("putImpl", OBJECT, pe.var(2, OBJECT), pe.var(3, OBJECT));
                    pe.exit();
                }
                case "hashEntryFor" -> pe.var(1, HASH_MAP).invokeSpecial("entryByKey", HASH_ENTRY, pe.var(2, OBJECT))
                        .returnValue();
                case "removeHashEntry" -> {
                    pe.var(1, HASH_MAP).invokeSpecial("removeByKey", HASH_ENTRY, pe.var(2, OBJECT));
                    pe.exit();
                }
                case "nextHashEntry" -> pe.var(1, HASH_ENTRY).getField("next", HASH_ENTRY).returnValue();
                case "setNextHashEntry" -> {
                    pe.var(1, HASH_ENTRY).setField("next", pe.var(2, HASH_ENTRY));
                    pe.exit();
                }
                case "hashEntryHash" -> pe.var(1, HASH_ENTRY).getField("origKeyHash", ValueType.INTEGER).returnValue();
                case "applyDecimalPattern" -> {
                    ValueEmitter parser = pe.construct("java.text.DecimalFormatParser");
                    parser.invokeVirtual("parse", pe.var(2, STRING));
                    parser.invokeVirtual("apply", pe.var(1, DECIMAL_FORMAT));
                    pe.var(1, DECIMAL_FORMAT).setField("pattern", pe.var(2, STRING));
                    pe.exit();
                }
                case "decimalExponentDigits" -> pe.var(1, DECIMAL_FORMAT).getField("exponentDigits", ValueType.INTEGER)
                        .returnValue();
                case "formatDecimalExponent" -> {
                    pe.var(1, DECIMAL_FORMAT).invokeSpecial("formatExponent", pe.var(2, ValueType.LONG),
                            pe.var(3, ValueType.INTEGER), pe.var(4, ValueType.BOOLEAN),
                            pe.var(5, ValueType.object("java.lang.StringBuffer")));
                    pe.exit();
                }
                case "cldrDatePattern" -> cldrPattern(pe, "getDateFormatString");
                case "cldrTimePattern" -> cldrPattern(pe, "getTimeFormatString");
                case "cldrDateTimePattern" -> cldrPattern(pe, "getDateTimeFormatString");
                default -> context.getDiagnostics().error(null, "Torito: no accessor for " + ACCESS + "."
                        + descriptor);
            }
        }
    }

    /** {@code DateFormat.<method>(style, locale)}: one of TeaVM's static pattern look-ups. */
    private static void cldrPattern(ProgramEmitter pe, String method) {
        pe.invoke(new MethodReference("java.text.DateFormat", method, ValueType.INTEGER, LOCALE, STRING),
                pe.var(1, ValueType.INTEGER), pe.var(2, LOCALE)).returnValue();
    }
}
