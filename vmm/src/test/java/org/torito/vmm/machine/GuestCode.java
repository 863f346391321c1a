package org.torito.vmm.machine;

import java.io.ByteArrayOutputStream;

/** Hand-assembled x86-64 machine code for test guests; each method emits one instruction. */
final class GuestCode {
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();

    GuestCode bytes(int... values) {
        for (int v : values) {
            code.write(v);
        }
        return this;
    }

    private GuestCode imm32(long value) {
        for (int i = 0; i < 4; i++) {
            code.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    private GuestCode imm64(long value) {
        for (int i = 0; i < 8; i++) {
            code.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    GuestCode movRax(long value) { return bytes(0x48, 0xB8).imm64(value); }
    GuestCode movRdi(long value) { return bytes(0x48, 0xBF).imm64(value); }
    GuestCode movRsi(long value) { return bytes(0x48, 0xBE).imm64(value); }
    GuestCode movEdx(int value) { return bytes(0xBA).imm32(value); }
    /** out dx, al */
    GuestCode outDxAl() { return bytes(0xEE); }
    /** in al, dx */
    GuestCode inAlDx() { return bytes(0xEC); }
    /** mov [rax], rax */
    GuestCode storeRaxAtRax() { return bytes(0x48, 0x89, 0x00); }
    /** mov rax, [rax] */
    GuestCode loadRaxFromRax() { return bytes(0x48, 0x8B, 0x00); }
    GuestCode ud2() { return bytes(0x0F, 0x0B); }
    GuestCode hlt() { return bytes(0xF4); }
    GuestCode cpuid() { return bytes(0x0F, 0xA2); }
    /** xorps xmm0, xmm0: SSE at CPL 3. */
    GuestCode xorpsXmm0() { return bytes(0x0F, 0x57, 0xC0); }
    GuestCode pushRdi() { return bytes(0x57); }
    GuestCode popRsi() { return bytes(0x5E); }
    /** mov r12, rdi (keep the boot-info address) */
    GuestCode movR12Rdi() { return bytes(0x49, 0x89, 0xFC); }
    /** mov r13, rsi (keep the core number) */
    GuestCode movR13Rsi() { return bytes(0x49, 0x89, 0xF5); }
    /** mov rdi, r13 */
    GuestCode movRdiR13() { return bytes(0x4C, 0x89, 0xEF); }
    /** mov rdi, [r12 + disp8] */
    GuestCode loadRdiFromR12(int disp) { return bytes(0x49, 0x8B, 0x7C, 0x24, disp); }
    /** mov esi, [r12 + disp8] (zero-extends) */
    GuestCode loadEsiFromR12(int disp) { return bytes(0x41, 0x8B, 0x74, 0x24, disp); }
    /** mov edi, [r12 + disp8] */
    GuestCode loadEdiFromR12(int disp) { return bytes(0x41, 0x8B, 0x7C, 0x24, disp); }
    /** mov rdi, rsp */
    GuestCode movRdiRsp() { return bytes(0x48, 0x89, 0xE7); }
    /** jmp $ */
    GuestCode spin() { return bytes(0xEB, 0xFE); }

    GuestCode consoleWrite(long address, long length) {
        return movRdi(address).movRsi(length).movEdx(Hypercall.CONSOLE_WRITE).outDxAl();
    }

    GuestCode exit(int code) {
        return movRdi(code).movEdx(Hypercall.EXIT).outDxAl();
    }

    int size() {
        return code.size();
    }

    byte[] toBytes() {
        return code.toByteArray();
    }
}
