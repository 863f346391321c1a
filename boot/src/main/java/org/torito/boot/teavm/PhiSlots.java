package org.torito.boot.teavm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.util.BasicBlockMapper;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.TransitionExtractor;
import org.teavm.model.util.TypeInferer;
import org.teavm.model.util.VariableType;

/**
 * Routes around TeaVM 0.15.0's coroutine splitting bug (docs/aot-pipeline.md, "TeaVM coroutine
 * bugs"): when a suspension point lies on a CFG cycle, CoroutineTransformation copies blocks and
 * its SplittingBackend drops phi inputs between copies. In such a method every phi is replaced by
 * a slot of a per-call array (one per value kind): each incoming edge stores its value into the
 * slot and the phi's block loads it into the former receiver. The program stays in SSA (every
 * variable keeps one definition, which the liveness analysis of the coroutine pass relies on),
 * and copied blocks carry their own stores and loads, so nothing is lost when they are copied.
 */
public final class PhiSlots {
    private enum Kind {
        INT(ArrayElementType.INT, ValueType.INTEGER),
        LONG(ArrayElementType.LONG, ValueType.LONG),
        FLOAT(ArrayElementType.FLOAT, ValueType.FLOAT),
        DOUBLE(ArrayElementType.DOUBLE, ValueType.DOUBLE),
        OBJECT(ArrayElementType.OBJECT, ValueType.object("java.lang.Object"));

        final ArrayElementType element;
        final ValueType item;

        Kind(ArrayElementType element, ValueType item) {
            this.element = element;
            this.item = item;
        }

        static Kind of(VariableType type) {
            if (type == null) {
                return OBJECT;
            }
            return switch (type) {
                case INT -> INT;
                case LONG -> LONG;
                case FLOAT -> FLOAT;
                case DOUBLE -> DOUBLE;
                default -> OBJECT;
            };
        }
    }

    private record Slot(Kind kind, int index) {
    }

    private final Predicate<Instruction> suspends;
    private Program program;
    private final Map<Kind, Variable> arrays = new HashMap<>();
    /** The last instruction inserted at a block's start, so later ones go after it. */
    private final Map<BasicBlock, Instruction> startAnchors = new HashMap<>();

    /** @param suspends whether an instruction is a split point of the coroutine transformation */
    public PhiSlots(Predicate<Instruction> suspends) {
        this.suspends = suspends;
    }

    /** Rewrites {@code program} if a suspension point lies on a cycle; says whether it did. */
    public boolean apply(Program program, MethodReference method) {
        if (!suspendsInCycle(program)) {
            return false;
        }
        Map<Phi, Slot> slots = new LinkedHashMap<>();
        TypeInferer types = new TypeInferer();
        types.inferTypes(program, method);
        Map<Kind, Integer> counts = new HashMap<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Phi phi : block.getPhis()) {
                Kind kind = Kind.of(types.typeOf(phi.getReceiver().getIndex()));
                int index = counts.merge(kind, 1, Integer::sum) - 1;
                slots.put(phi, new Slot(kind, index));
            }
        }
        if (slots.isEmpty()) {
            return false;
        }
        this.program = program;
        BasicBlock entry = program.basicBlockAt(0);
        if (!predecessors(program, entry).isEmpty()) {
            // Not seen: TeaVM's entry block has no predecessors even when the method starts with
            // a loop. Allocating the arrays in a loop would lose the stored values, so refuse.
            throw new IllegalStateException("PhiSlots: the entry block of " + method + " has predecessors");
        }
        arrays.clear();
        startAnchors.clear();
        allocate(entry, counts);
        rewrite(slots);
        return true;
    }

    private void allocate(BasicBlock entry, Map<Kind, Integer> counts) {
        List<Instruction> code = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Integer count = counts.get(kind);
            if (count == null) {
                continue;
            }
            ConstructArrayInstruction construct = new ConstructArrayInstruction();
            construct.setItemType(kind.item);
            construct.setSize(constant(count, code));
            construct.setReceiver(program.createVariable());
            code.add(construct);
            arrays.put(kind, construct.getReceiver());
        }
        entry.addFirstAll(code);
        startAnchors.put(entry, code.get(code.size() - 1));
    }

    private void rewrite(Map<Phi, Slot> slots) {
        // Collected before any change: edge splitting moves incoming sources.
        Map<BasicBlock, List<Phi>> phisByBlock = new LinkedHashMap<>();
        for (Phi phi : slots.keySet()) {
            phisByBlock.computeIfAbsent(phi.getBasicBlock(), b -> new ArrayList<>()).add(phi);
        }
        List<Runnable> exceptionalStores = new ArrayList<>();
        for (Map.Entry<BasicBlock, List<Phi>> e : phisByBlock.entrySet()) {
            BasicBlock target = e.getKey();
            Map<BasicBlock, List<Incoming>> bySource = new LinkedHashMap<>();
            for (Phi phi : e.getValue()) {
                for (Incoming incoming : phi.getIncomings()) {
                    bySource.computeIfAbsent(incoming.getSource(), b -> new ArrayList<>()).add(incoming);
                }
            }
            for (Map.Entry<BasicBlock, List<Incoming>> s : bySource.entrySet()) {
                BasicBlock source = s.getKey();
                boolean normal = successors(source).contains(target);
                boolean exceptional = handlers(source).contains(target);
                if (normal && exceptional) {
                    throw new IllegalStateException("PhiSlots: block " + source.getIndex() + " reaches block "
                            + target.getIndex() + " both normally and through an exception handler");
                }
                if (normal) {
                    storeOnEdge(source, target, s.getValue(), slots);
                } else {
                    List<Incoming> incomings = List.copyOf(s.getValue());
                    exceptionalStores.add(() -> storeAtDefinitions(source, incomings, slots));
                }
            }
        }
        for (Map.Entry<BasicBlock, List<Phi>> e : phisByBlock.entrySet()) {
            List<Instruction> code = new ArrayList<>();
            for (Phi phi : e.getValue()) {
                Slot slot = slots.get(phi);
                GetElementInstruction load = new GetElementInstruction(slot.kind.element);
                load.setArray(unwrap(slot.kind, code));
                load.setIndex(constant(slot.index, code));
                load.setReceiver(phi.getReceiver());
                code.add(load);
            }
            insertAtStart(e.getKey(), code);
        }
        for (Runnable store : exceptionalStores) {
            store.run();
        }
        for (BasicBlock block : phisByBlock.keySet()) {
            block.getPhis().clear();
        }
    }

    /** Stores before the source's jump, or in a new block on the edge when the source branches. */
    private void storeOnEdge(BasicBlock source, BasicBlock target, List<Incoming> incomings, Map<Phi, Slot> slots) {
        List<Instruction> code = new ArrayList<>();
        for (Incoming incoming : incomings) {
            code.addAll(store(slots.get(incoming.getPhi()), incoming.getValue()));
        }
        Instruction last = source.getLastInstruction();
        if (successors(source).size() == 1) {
            last.insertPreviousAll(code);
            return;
        }
        BasicBlock edge = program.createBasicBlock();
        edge.addAll(code);
        JumpInstruction jump = new JumpInstruction();
        jump.setTarget(target);
        jump.setLocation(last.getLocation());
        edge.add(jump);
        new BasicBlockMapper((BasicBlock b) -> b == target ? edge : b).transformWithoutPhis(source);
        for (Incoming incoming : incomings) {
            incoming.setSource(edge);
        }
    }

    /**
     * An exception leaves a protected block from anywhere inside it, so each incoming value is
     * stored right after its definition there, or at the block's start when defined before it.
     */
    private void storeAtDefinitions(BasicBlock source, List<Incoming> incomings, Map<Phi, Slot> slots) {
        Map<Variable, Instruction> definitions = new HashMap<>();
        for (Instruction insn : source) {
            DefinitionExtractor defs = new DefinitionExtractor();
            insn.acceptVisitor(defs);
            for (Variable v : defs.getDefinedVariables()) {
                definitions.put(v, insn);
            }
        }
        for (Incoming incoming : incomings) {
            List<Instruction> code = store(slots.get(incoming.getPhi()), incoming.getValue());
            Instruction definition = definitions.get(incoming.getValue());
            if (definition != null && !(definition instanceof GetElementInstruction
                    && startAnchors.containsKey(source) && isStartCode(source, definition))) {
                definition.insertNextAll(code);
            } else {
                insertAtStart(source, code);
            }
        }
    }

    /** Whether {@code insn} was inserted by this pass at the block's start (a former phi's load). */
    private boolean isStartCode(BasicBlock block, Instruction insn) {
        Instruction anchor = startAnchors.get(block);
        for (Instruction i = block.getFirstInstruction(); i != null; i = i.getNext()) {
            if (i == insn) {
                return true;
            }
            if (i == anchor) {
                return false;
            }
        }
        return false;
    }

    private void insertAtStart(BasicBlock block, List<Instruction> code) {
        if (code.isEmpty()) {
            return;
        }
        Instruction anchor = startAnchors.get(block);
        if (anchor == null) {
            block.addFirstAll(code);
        } else {
            anchor.insertNextAll(code);
        }
        startAnchors.put(block, code.get(code.size() - 1));
    }

    private List<Instruction> store(Slot slot, Variable value) {
        List<Instruction> code = new ArrayList<>();
        PutElementInstruction put = new PutElementInstruction(slot.kind.element);
        put.setArray(unwrap(slot.kind, code));
        put.setIndex(constant(slot.index, code));
        put.setValue(value);
        code.add(put);
        return code;
    }

    /**
     * The slot array after a resume is a value popped from the fiber, typed Object, and the C
     * backend infers an element's type from its array's type: without the (unchecked) cast a
     * float read from the slots could share a C variable with an array.
     */
    private Variable unwrap(Kind kind, List<Instruction> code) {
        CastInstruction cast = new CastInstruction();
        cast.setWeak(true);
        cast.setTargetType(ValueType.arrayOf(kind.item));
        cast.setValue(arrays.get(kind));
        cast.setReceiver(program.createVariable());
        code.add(cast);
        UnwrapArrayInstruction unwrap = new UnwrapArrayInstruction(kind.element);
        unwrap.setArray(cast.getReceiver());
        unwrap.setReceiver(program.createVariable());
        code.add(unwrap);
        return unwrap.getReceiver();
    }

    private Variable constant(int value, List<Instruction> code) {
        IntegerConstantInstruction constant = new IntegerConstantInstruction();
        constant.setConstant(value);
        constant.setReceiver(program.createVariable());
        code.add(constant);
        return constant.getReceiver();
    }

    private boolean suspendsInCycle(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            boolean suspending = false;
            for (Instruction insn : block) {
                if (suspends.test(insn)) {
                    suspending = true;
                    break;
                }
            }
            if (suspending && reachesItself(block)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesItself(BasicBlock start) {
        Set<BasicBlock> seen = new HashSet<>();
        Deque<BasicBlock> work = new ArrayDeque<>(allSuccessors(start));
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            if (b == start) {
                return true;
            }
            if (seen.add(b)) {
                work.addAll(allSuccessors(b));
            }
        }
        return false;
    }

    private static List<BasicBlock> allSuccessors(BasicBlock block) {
        List<BasicBlock> all = new ArrayList<>(successors(block));
        all.addAll(handlers(block));
        return all;
    }

    private static Set<BasicBlock> successors(BasicBlock block) {
        Set<BasicBlock> result = new HashSet<>();
        Instruction last = block.getLastInstruction();
        if (last != null) {
            TransitionExtractor transitions = new TransitionExtractor();
            last.acceptVisitor(transitions);
            if (transitions.getTargets() != null) {
                result.addAll(List.of(transitions.getTargets()));
            }
        }
        return result;
    }

    private static Set<BasicBlock> handlers(BasicBlock block) {
        Set<BasicBlock> result = new HashSet<>();
        for (TryCatchBlock tryCatch : block.getTryCatchBlocks()) {
            result.add(tryCatch.getHandler());
        }
        return result;
    }

    private static List<BasicBlock> predecessors(Program program, BasicBlock target) {
        List<BasicBlock> result = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            if (allSuccessors(block).contains(target)) {
                result.add(block);
            }
        }
        return result;
    }
}
