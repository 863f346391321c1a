package org.torito.vmm.machine;

import java.io.ByteArrayOutputStream;

/**
 * The ring-0 code behind IDT vectors 0-31, as machine code bytes. Ring-0 code is emulated on
 * this host and must never touch SSE, so a stub uses general registers only:
 * <pre>
 *   push 0            ; only where the CPU pushes no error code
 *   push vector
 *   push rax          ; saved, so the report shows the guest's rax and rdx
 *   push rdx
 *   mov eax, vector
 *   mov edx, 0x513    ; FAULT
 *   out dx, eax
 *   hlt / jmp back    ; never resumed
 * </pre>
 * At the exit the ring-0 stack holds, from RSP up: rdx, rax, vector, error code, RIP, CS,
 * RFLAGS, RSP, SS.
 */
public final class FaultStubs {
    public static final int VECTORS = 32;
    public static final int STUB_SIZE = 32;
    public static final int FAULT_PORT = 0x513;

    /** Offsets into the ring-0 stack at the FAULT exit, in 8-byte slots. */
    public static final int SLOT_RDX = 0;
    public static final int SLOT_RAX = 1;
    public static final int SLOT_VECTOR = 2;
    public static final int SLOT_ERROR_CODE = 3;
    public static final int SLOT_RIP = 4;
    public static final int SLOT_CS = 5;
    public static final int SLOT_RFLAGS = 6;
    public static final int SLOT_RSP = 7;
    public static final int SLOT_SS = 8;
    public static final int FRAME_SLOTS = 9;

    private FaultStubs() {
    }

    /** Whether the CPU pushes an error code for {@code vector}. */
    public static boolean hasErrorCode(int vector) {
        return switch (vector) {
            case 8, 10, 11, 12, 13, 14, 17, 21, 29, 30 -> true;
            default -> false;
        };
    }

    /** The stubs for all 32 vectors, {@link #STUB_SIZE} bytes apart. */
    public static byte[] code() {
        byte[] all = new byte[VECTORS * STUB_SIZE];
        for (int vector = 0; vector < VECTORS; vector++) {
            byte[] stub = stub(vector);
            System.arraycopy(stub, 0, all, vector * STUB_SIZE, stub.length);
        }
        return all;
    }

    static byte[] stub(int vector) {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        if (!hasErrorCode(vector)) {
            code.write(0x6A);               // push imm8 0
            code.write(0x00);
        }
        code.write(0x6A);                   // push imm8 vector
        code.write(vector);
        code.write(0x50);                   // push rax
        code.write(0x52);                   // push rdx
        code.write(0xB8);                   // mov eax, imm32
        writeInt(code, vector);
        code.write(0xBA);                   // mov edx, imm32
        writeInt(code, FAULT_PORT);
        code.write(0xEF);                   // out dx, eax
        code.write(0xF4);                   // hlt
        code.write(0xEB);                   // jmp rel8 -3 (back to hlt)
        code.write(0xFD);
        return code.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i));
        }
    }
}
