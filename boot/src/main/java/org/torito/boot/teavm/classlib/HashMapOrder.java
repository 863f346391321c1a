package org.torito.boot.teavm.classlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives TeaVM's {@code HashMap} and {@code HashSet} the JDK's iteration order (torito-guest's
 * {@code HashBuckets} says why the three rules below are enough). TeaVM 0.15's map indexed its
 * buckets by the bare {@code hashCode}, put a new entry at the head of its bucket, reversed
 * buckets when growing and sized tables its own way: {@code new HashSet<>(List.of("Bob", "John",
 * "Serena", "Mary"))} printed {@code [Bob, Serena, Mary, John]} where HotSpot prints {@code [Bob,
 * John, Serena, Mary]}, and programs print maps and sets.
 * <ul>
 * <li>every key hash the map and LinkedHashMap compute goes through {@code HashBuckets.spread};
 * <li>{@code createHashedEntry} appends to the bucket ({@code HashBuckets.append});
 * <li>{@code HashSet(Collection)} asks for the JDK's capacity; {@code rehash} and
 * {@code putAllImpl} are {@link CollectionFixes}' (they keep bucket order and size as the JDK).
 * </ul>
 * The number of hash computations per class is checked, so that a TeaVM upgrade that adds one
 * (which would then index by the bare hash) fails the build instead of losing entries.
 */
public final class HashMapOrder implements ClassHolderTransformer {
    static final String MAP = "java.util.HashMap";
    static final String ENTRY = "java.util.HashMap$HashEntry";
    static final String BUCKETS = "org.torito.guest.runtime.collections.HashBuckets";
    private static final String SET = "java.util.HashSet";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType INT = ValueType.INTEGER;
    private static final MethodReference SPREAD = new MethodReference(BUCKETS, "spread", INT, INT);
    private static final MethodReference OBJECT_HASH = new MethodReference("java.lang.Object", "hashCode", INT);
    private static final MethodReference OBJECTS_HASH = new MethodReference("java.util.Objects", "hashCode",
            OBJECT, INT);
    /** Where TeaVM 0.15 computes a key's hash: entryByKey, putImpl, removeByKey; the entry's constructor; LinkedHashMap's getOrDefault and putImpl. */
    private static final Map<String, Integer> HASH_SITES = Map.of(MAP, 3, ENTRY, 1, "java.util.LinkedHashMap", 2);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        Integer expected = HASH_SITES.get(cls.getName());
        if (expected != null) {
            int found = 0;
            for (MethodHolder method : cls.getMethods()) {
                if (method.getProgram() != null) {
                    found += spreadHashes(method.getProgram());
                }
            }
            if (found != expected) {
                context.getDiagnostics().error(null, "Torito: " + cls.getName() + " computes a key hash at " + found
                        + " places, HashMapOrder expects " + expected + "; look at what this TeaVM version changed");
            }
        }
        if (cls.getName().equals(MAP)) {
            appendNewEntries(cls, context);
        } else if (cls.getName().equals(SET)) {
            sizeFromCollection(cls, context);
        }
    }

    /** Follows each {@code hashCode} call with {@code HashBuckets.spread}; returns how many there were. */
    private static int spreadHashes(Program program) {
        List<InvokeInstruction> hashes = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction invoke && invoke.getReceiver() != null
                        && (invoke.getMethod().equals(OBJECT_HASH) || invoke.getMethod().equals(OBJECTS_HASH))) {
                    hashes.add(invoke);
                }
            }
        }
        for (InvokeInstruction hash : hashes) {
            Variable spread = hash.getReceiver();
            Variable raw = program.createVariable();
            hash.setReceiver(raw);
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(SPREAD);
            call.setArguments(raw);
            call.setReceiver(spread);
            call.setLocation(hash.getLocation());
            hash.insertNext(call);
        }
        return hashes.size();
    }

    /** {@code createHashedEntry(key, index, hash)}: the new entry goes to the tail of its bucket. */
    private static void appendNewEntries(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType entryType = ValueType.object(ENTRY);
        MethodHolder method = cls.getMethod(new MethodDescriptor("createHashedEntry", OBJECT, INT, INT, entryType));
        if (method == null) {
            context.getDiagnostics().error(null, "Torito: " + MAP + ".createHashedEntry not found; HashMapOrder "
                    + "does not fit this TeaVM version");
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter entry = pe.construct(ENTRY, pe.var(1, OBJECT), pe.var(3, INT));
        pe.invoke(new MethodReference(BUCKETS, "append", ValueType.object(MAP), INT, OBJECT, ValueType.VOID),
                pe.var(0, ValueType.object(MAP)), pe.var(2, INT), entry);
        entry.returnValue();
    }

    /** {@code HashSet(Collection c)}: {@code this(new HashMap<>(capacityForCollection(c.size()))); addAll(c)}. */
    private static void sizeFromCollection(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType collection = ValueType.object("java.util.Collection");
        MethodHolder method = cls.getMethod(new MethodDescriptor("<init>", collection, ValueType.VOID));
        if (method == null) {
            context.getDiagnostics().error(null, "Torito: " + SET + "(Collection) not found; HashMapOrder "
                    + "does not fit this TeaVM version");
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(SET));
        ValueEmitter source = pe.var(1, collection);
        ValueEmitter capacity = pe.invoke(new MethodReference(BUCKETS, "capacityForCollection", INT, INT),
                source.invokeVirtual("size", INT));
        self.invokeSpecial("<init>", pe.construct(MAP, capacity));
        self.invokeVirtual("addAll", ValueType.BOOLEAN, source);
        pe.exit();
    }
}
