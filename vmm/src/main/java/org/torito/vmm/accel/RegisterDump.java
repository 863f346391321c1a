package org.torito.vmm.accel;

import java.util.function.ToLongFunction;

/** The general registers as a report prints them, four to a line, in {@link Register}'s order. */
public final class RegisterDump {
    private RegisterDump() {
    }

    /** Every register but RIP and RFLAGS (and RSP when {@code skipRsp}), each line starting with a break. */
    public static String general(ToLongFunction<Register> value, boolean skipRsp) {
        StringBuilder text = new StringBuilder();
        int column = 0;
        for (Register r : Register.values()) {
            if (r == Register.RIP || r == Register.RFLAGS || (skipRsp && r == Register.RSP)) {
                continue;
            }
            if (column % 4 == 0) {
                text.append(String.format("%n "));
            }
            text.append(String.format(" %-3s 0x%016x", r.label(), value.applyAsLong(r)));
            column++;
        }
        return text.toString();
    }
}
