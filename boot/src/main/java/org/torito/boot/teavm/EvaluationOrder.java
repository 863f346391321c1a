package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.Instruction;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.BinaryBranchingInstruction;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.CastIntegerInstruction;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.IsInstanceInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.UsageExtractor;

/**
 * Keeps Java's left-to-right evaluation of operands in the C that TeaVM writes.
 *
 * <p>TeaVM's decompiler folds each value used once into the expression that uses it, so
 * {@code pair(a(), b())} becomes the C call {@code pair(a(), b())}, {@code a() + b()} the C
 * sum. C leaves the order of a call's arguments and of most operators' operands unspecified,
 * and gcc evaluates arguments right to left: Java's {@code pair(a(), b())} ran {@code b()}
 * first. So for each call, arithmetic, comparison and array or field store whose later operand
 * has side effects or reads memory, every earlier operand with side effects or memory reads gets
 * a second read (an assignment to an otherwise unused variable): a value read twice is never
 * folded, so it is computed in a statement of its own, before the C expression that uses it.
 * gcc removes the extra variable; the order is what remains.
 *
 * <p>Runs on the final program of each method (after register allocation, which could merge
 * the extra variable away), just before C generation; the second read sits just before the use.
 */
final class EvaluationOrder {
    private final Program program;
    private final Instruction[] definitions;

    /** A register's definition if it has exactly one (after register allocation most have several). */
    private final boolean[] definedTwice;

    private EvaluationOrder(Program program) {
        this.program = program;
        this.definitions = new Instruction[program.variableCount()];
        this.definedTwice = new boolean[program.variableCount()];
        DefinitionExtractor defined = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                insn.acceptVisitor(defined);
                for (Variable variable : defined.getDefinedVariables()) {
                    definedTwice[variable.getIndex()] |= definitions[variable.getIndex()] != null;
                    definitions[variable.getIndex()] = insn;
                }
            }
        }
    }

    static void apply(Program program) {
        new EvaluationOrder(program).run();
    }

    private void run() {
        List<Instruction> users = new ArrayList<>();
        List<Variable> sequenced = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                // From the last operand back, so "a later operand is impure" is known on the way.
                List<Variable> operands = operandsInJavaOrder(insn);
                boolean laterImpure = false;
                for (int i = operands.size() - 1; i >= 0; i--) {
                    boolean impure = isImpure(operands.get(i), 0);
                    if (impure && laterImpure) {
                        users.add(insn);
                        sequenced.add(operands.get(i));
                    }
                    laterImpure |= impure;
                }
            }
        }
        // The second read goes just before the use, so it is right whichever definition reaches it.
        for (int i = 0; i < users.size(); i++) {
            AssignInstruction secondRead = new AssignInstruction();
            secondRead.setAssignee(sequenced.get(i));
            secondRead.setReceiver(program.createVariable());
            secondRead.setLocation(users.get(i).getLocation());
            users.get(i).insertPrevious(secondRead);
        }
    }

    /** The operands a Java expression evaluates, in its order, for the instructions with several. */
    private static List<Variable> operandsInJavaOrder(Instruction insn) {
        List<Variable> operands = new ArrayList<>();
        if (insn instanceof InvokeInstruction call) {
            if (call.getInstance() != null) {
                operands.add(call.getInstance());
            }
            operands.addAll(call.getArguments());
        } else if (insn instanceof BinaryInstruction binary) {
            operands.add(binary.getFirstOperand());
            operands.add(binary.getSecondOperand());
        } else if (insn instanceof BinaryBranchingInstruction branch) {
            operands.add(branch.getFirstOperand());
            operands.add(branch.getSecondOperand());
        } else if (insn instanceof PutElementInstruction store) {
            operands.add(store.getArray());
            operands.add(store.getIndex());
            operands.add(store.getValue());
        } else if (insn instanceof GetElementInstruction load) {
            operands.add(load.getArray());
            operands.add(load.getIndex());
        } else if (insn instanceof PutFieldInstruction store && store.getInstance() != null) {
            operands.add(store.getInstance());
            operands.add(store.getValue());
        }
        return operands;
    }

    /**
     * Whether the expression TeaVM may fold in for this value calls, allocates, reads a field or
     * an array, or may throw: anything but constants and arithmetic on such values (followed a
     * few levels deep; deeper counts as impure).
     */
    private boolean isImpure(Variable value, int depth) {
        Instruction definition = definitions[value.getIndex()];
        if (definition == null) {
            return false; // a parameter or a phi: a plain read of a C local
        }
        if (definedTwice[value.getIndex()]) {
            return true;
        }
        if (isConstant(definition)) {
            return false;
        }
        if (!(definition instanceof BinaryInstruction || definition instanceof NegateInstruction
                || definition instanceof AssignInstruction || definition instanceof CastNumberInstruction
                || definition instanceof CastIntegerInstruction || definition instanceof IsInstanceInstruction)) {
            return true;
        }
        if (depth > 8) {
            return true;
        }
        UsageExtractor used = new UsageExtractor();
        definition.acceptVisitor(used);
        for (Variable operand : used.getUsedVariables()) {
            if (isImpure(operand, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstant(Instruction insn) {
        return insn instanceof IntegerConstantInstruction || insn instanceof LongConstantInstruction
                || insn instanceof FloatConstantInstruction || insn instanceof DoubleConstantInstruction
                || insn instanceof StringConstantInstruction || insn instanceof NullConstantInstruction
                || insn instanceof ClassConstantInstruction;
    }
}
