package org.torito.boot.teavm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.Instruction;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.util.DefinitionExtractor;

/**
 * The int and long variables of a program whose only definition is a constant, so a rewrite
 * can leave {@code x / 10} and {@code new int[16]} alone. Counting every definition (phis
 * included) keeps this right whether or not the program is in SSA form.
 */
final class IntegerConstants {

    private final Map<Variable, Long> values = new HashMap<>();

    IntegerConstants(Program program) {
        Set<Variable> definedElsewhere = new HashSet<>();
        DefinitionExtractor definitions = new DefinitionExtractor();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            block.getPhis().forEach(phi -> definedElsewhere.add(phi.getReceiver()));
            for (Instruction insn : block) {
                Long constant = null;
                if (insn instanceof IntegerConstantInstruction c) {
                    constant = (long) c.getConstant();
                } else if (insn instanceof LongConstantInstruction c) {
                    constant = c.getConstant();
                }
                insn.acceptVisitor(definitions);
                for (Variable defined : definitions.getDefinedVariables()) {
                    if (constant != null && !values.containsKey(defined)) {
                        values.put(defined, constant);
                    } else {
                        definedElsewhere.add(defined);
                    }
                }
            }
        }
        values.keySet().removeAll(definedElsewhere);
    }

    /** The constant value of {@code variable}, or null when it is not a known constant. */
    Long valueOf(Variable variable) {
        return values.get(variable);
    }
}
