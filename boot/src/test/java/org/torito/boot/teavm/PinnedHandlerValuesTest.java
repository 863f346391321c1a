package org.torito.boot.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.text.ListingParser;

class PinnedHandlerValuesTest {

    /**
     * The shape of GeneratedHandlerLocals' m47: {@code o = null; try { s.length(); o = arr;
     * check(a); } catch (RuntimeException e) { print(o); }}. Value numbering later replaces
     * {@code o_1} by {@code arr}; the pin after the assignment is what keeps the handler's copy
     * there.
     */
    private static final String LISTING = """
            var @this as this
            var @a as a
            var @arr as arr

            $start
                @o := null
                @k := 0
                @s := 's'
                goto $try
            $try
                @len := invokeVirtual `java.lang.String.length()I` @s
                @o_1 := @arr
                @k_1 := invokeStatic `T.check(I)I` @a
                goto $done
                catch java.lang.RuntimeException goto $handler
            $handler
                @o_2 := phi @o from $try, @o_1 from $try
                @k_2 := phi @k from $try, @k_1 from $try
                @e := exception
                invokeStatic `T.print(Ljava/lang/Object;I)V` @o_2, @k_2
                goto $done
            $done
                return
            """;

    private static final MethodReference METHOD = new MethodReference("T", "m", ValueType.INTEGER,
            ValueType.arrayOf(ValueType.INTEGER), ValueType.VOID);

    @Test
    void versionsReachingAHandlerArePinnedWhereTheyAreMade() throws Exception {
        Program program = new ListingParser().parse(new StringReader(LISTING));
        PinnedHandlerValues.apply(program, METHOD);

        BasicBlock tryBlock = program.basicBlockAt(1);
        assertEquals(List.of(
                "of(Ljava/lang/Object;)Ljava/lang/Object; <- o",
                "of(I)I <- k",
                "java.lang.String.length()I",
                "assign <- arr",
                "of([I)[I <- o_1",
                "T.check(I)I",
                "jump"), describe(tryBlock));

        BasicBlock handler = program.basicBlockAt(2);
        assertEquals(List.of("pin <- o", "pin <- o_1"), incomings(handler.getPhis().get(0)));
        // A call's result is never merged with another value nor moved: it needs no pin.
        assertEquals(List.of("pin <- k", "k_1"), incomings(handler.getPhis().get(1)));
    }

    @Test
    void applyingTwiceChangesNothing() throws Exception {
        Program program = new ListingParser().parse(new StringReader(LISTING));
        PinnedHandlerValues.apply(program, METHOD);
        List<String> once = describe(program.basicBlockAt(1));
        PinnedHandlerValues.apply(program, METHOD);
        assertEquals(once, describe(program.basicBlockAt(1)));
    }

    @Test
    void aMethodWithoutHandlersIsLeftAlone() throws Exception {
        Program program = new ListingParser().parse(new StringReader("""
                var @this as this
                var @a as a
                var @arr as arr

                $start
                    @b := @a
                    return
                """));
        PinnedHandlerValues.apply(program, METHOD);
        assertEquals(List.of("assign <- a", "exit"), describe(program.basicBlockAt(0)));
    }

    private static List<String> describe(BasicBlock block) {
        List<String> lines = new ArrayList<>();
        for (Instruction instruction : block) {
            if (instruction instanceof InvokeInstruction call && call.getMethod().getName().equals("of")) {
                lines.add(call.getMethod().getDescriptor() + " <- " + name(call.getArguments().get(0)));
            } else if (instruction instanceof InvokeInstruction call) {
                lines.add(call.getMethod().toString());
            } else if (instruction instanceof AssignInstruction assign) {
                lines.add("assign <- " + name(assign.getAssignee()));
            } else {
                String kind = instruction.getClass().getSimpleName();
                lines.add(kind.substring(0, kind.length() - "Instruction".length()).toLowerCase());
            }
        }
        return lines;
    }

    private static List<String> incomings(Phi phi) {
        List<String> values = new ArrayList<>();
        for (Incoming incoming : phi.getIncomings()) {
            if (incoming.getValue().getLabel() != null) {
                values.add(incoming.getValue().getLabel());
                continue;
            }
            for (Instruction instruction : incoming.getSource()) {
                if (instruction instanceof InvokeInstruction call && call.getReceiver() == incoming.getValue()) {
                    values.add("pin <- " + name(call.getArguments().get(0)));
                }
            }
        }
        return values;
    }

    private static String name(Variable variable) {
        return variable.getLabel();
    }
}
