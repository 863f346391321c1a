package org.torito.boot.teavm.classlib;

import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.torito.boot.teavm.EntryBlocks;

/**
 * Checks put in front of class-library methods whose work is right but whose argument checks
 * are not: the method's body stays, and a static torito-guest check taking the receiver and
 * the arguments runs first, throwing what the JDK throws. Cheaper than a replacement where the
 * body is the class library's fast path.
 */
public final class ClasslibGuards implements ClassHolderTransformer {

    private record Guard(MethodReference method, MethodReference check) {
    }

    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final String STRING_BOUNDS = "org.torito.guest.runtime.StringBounds";
    private static final String CHARSET_NAMES = "org.torito.guest.runtime.charset.CharsetNames";
    private static final ValueType BYTES = ValueType.arrayOf(ValueType.BYTE);
    private static final String JAVA_IO_CHECKS = "org.torito.guest.files.JavaIoChecks";
    private static final ValueType FILE = ValueType.object("java.io.File");

    private static final List<Guard> GUARDS = List.of(
            // substring(2, 1) threw IndexOutOfBoundsException, not StringIndexOutOfBoundsException,
            // and substring(5, 5) of "abc" returned "" (its equal-bounds shortcut came first).
            new Guard(new MethodReference("java.lang.String", "substring", ValueType.INTEGER, ValueType.INTEGER, STRING),
                    new MethodReference(STRING_BOUNDS, "checkRange", STRING, ValueType.INTEGER, ValueType.INTEGER,
                            ValueType.VOID)),
            // A charset name nobody knows made String's constructors throw UnsupportedCharsetException
            // (the JDK: UnsupportedEncodingException with the name), getBytes one without a message.
            new Guard(new MethodReference("java.lang.String", "<init>", BYTES, ValueType.INTEGER, ValueType.INTEGER,
                    STRING, ValueType.VOID), new MethodReference(CHARSET_NAMES, "checkEncodingName", STRING, BYTES,
                    ValueType.INTEGER, ValueType.INTEGER, STRING, ValueType.VOID)),
            new Guard(new MethodReference("java.lang.String", "<init>", BYTES, STRING, ValueType.VOID),
                    new MethodReference(CHARSET_NAMES, "checkEncodingName", STRING, BYTES, STRING, ValueType.VOID)),
            new Guard(new MethodReference("java.lang.String", "getBytes", STRING, BYTES),
                    new MethodReference(CHARSET_NAMES, "checkEncodingName", STRING, STRING, ValueType.VOID)),
            // FileInputStream, FileOutputStream and RandomAccessFile threw FileNotFoundException
            // without HotSpot's message, and RandomAccessFile "rw" did not create a missing file.
            new Guard(new MethodReference("java.io.FileInputStream", "<init>", FILE, ValueType.VOID),
                    new MethodReference(JAVA_IO_CHECKS, "checkInput", ValueType.object("java.io.FileInputStream"), FILE,
                            ValueType.VOID)),
            new Guard(new MethodReference("java.io.FileOutputStream", "<init>", FILE, ValueType.BOOLEAN, ValueType.VOID),
                    new MethodReference(JAVA_IO_CHECKS, "checkOutput", ValueType.object("java.io.FileOutputStream"), FILE,
                            ValueType.BOOLEAN, ValueType.VOID)),
            // RandomAccessFile(String, String) only: a check (which suspends, reading the disk) at
            // the start of the (File, String) constructor broke TeaVM's coroutine pass
            // (LivenessAnalyzer: index out of bounds), so that one keeps TeaVM's behaviour.
            new Guard(new MethodReference("java.io.RandomAccessFile", "<init>", STRING, STRING, ValueType.VOID),
                    new MethodReference(JAVA_IO_CHECKS, "checkRandomAccess", ValueType.object("java.io.RandomAccessFile"),
                            STRING, STRING, ValueType.VOID)));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Guard guard : GUARDS) {
            if (!guard.method().getClassName().equals(cls.getName())) {
                continue;
            }
            MethodHolder method = cls.getMethod(guard.method().getDescriptor());
            if (method == null || method.getProgram() == null) {
                context.getDiagnostics().error(null, "Torito: " + guard.method() + " has no body to guard; the "
                        + "class-library check does not fit this TeaVM version");
                continue;
            }
            Program program = method.getProgram();
            // Variable 0 is the receiver, 1.. the parameters: the check's arguments, in order.
            Variable[] arguments = new Variable[guard.method().parameterCount() + 1];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = program.variableAt(i);
            }
            InvokeInstruction check = new InvokeInstruction();
            check.setType(InvocationType.SPECIAL);
            check.setMethod(guard.check());
            check.setArguments(arguments);
            BasicBlock entry = program.basicBlockAt(0);
            entry.addFirst(check);
            if (guard.check().getClassName().equals(JAVA_IO_CHECKS)) {
                // The file checks read the disk, which suspends the thread.
                EntryBlocks.addEmptyEntry(program);
            }
        }
    }
}
