package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;

import org.teavm.model.BasicBlock;
import org.teavm.model.Program;
import org.teavm.model.instructions.JumpInstruction;

/**
 * TeaVM's coroutine pass cannot split the entry block (block 0: it moves that block's code to a
 * new block its liveness data does not cover, and fails with an index out of bounds), so a
 * rewrite that puts a call that may suspend into block 0 gives the method a new, empty entry
 * block first.
 */
public final class EntryBlocks {
    private EntryBlocks() {
    }

    /** Puts an empty block that jumps to the old entry before it. */
    public static void addEmptyEntry(Program program) {
        if (!program.isPacked()) {
            program.pack();
        }
        BasicBlock oldEntry = program.basicBlockAt(0);
        BasicBlock entry = program.createBasicBlock();
        JumpInstruction jump = new JumpInstruction();
        jump.setTarget(oldEntry);
        entry.add(jump);
        List<BasicBlock> order = new ArrayList<>();
        order.add(entry);
        for (int i = 0; i < program.basicBlockCount() - 1; i++) {
            order.add(program.basicBlockAt(i));
        }
        program.rearrangeBasicBlocks(order);
    }
}
