package org.torito.vmm.machine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.torito.vmm.elf.ElfBuilder;

/**
 * Hand-assembled x86-64 machine code for test guests; each method emits one instruction, except
 * the hypercalls, which call the door page when the boot info names one (the process backend)
 * and write their port otherwise (KVM). Build images with {@link #elf}: its prologue keeps the
 * door page's address in r15, which test code must leave alone.
 */
final class GuestCode {
    /** The prologue's page, between the tests' text (0x200000) and data (0x400000). */
    static final long PROLOGUE = 0x3F0000;
    private static final long TEXT = 0x200000;

    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final Map<String, Integer> labels = new HashMap<>();
    /** A rel32 to patch: where it is, and the label it reaches. */
    private record Fixup(int at, String label) {
    }
    private final List<Fixup> fixups = new ArrayList<>();

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
    /** in eax, dx */
    GuestCode inEaxDx() { return bytes(0xED); }
    GuestCode movRcx(long value) { return bytes(0x48, 0xB9).imm64(value); }
    /** mov rcx, rax; sub rcx, rbx */
    GuestCode movRcxRaxMinusRbx() { return bytes(0x48, 0x89, 0xC1, 0x48, 0x29, 0xD9); }
    GuestCode movRbx(long value) { return bytes(0x48, 0xBB).imm64(value); }
    /** mov [rax], rax */
    GuestCode storeRaxAtRax() { return bytes(0x48, 0x89, 0x00); }
    /** mov rax, [rax] */
    GuestCode loadRaxFromRax() { return bytes(0x48, 0x8B, 0x00); }
    GuestCode ud2() { return bytes(0x0F, 0x0B); }
    /** syscall: what a guest must never get to make on the host. */
    GuestCode syscall() { return bytes(0x0F, 0x05); }
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

    /**
     * An image that enters at the prologue, which loads the boot info's door_page (0 under KVM)
     * into r15 and jumps to the code at 0x200000 with every other register as the monitor set it.
     */
    static ElfBuilder elf() {
        GuestCode prologue = new GuestCode().bytes(0x4C, 0x8B, 0xBF, 0x80, 0x00, 0x00, 0x00); // mov r15, [rdi + 128]
        long next = PROLOGUE + prologue.size() + 5;
        prologue.bytes(0xE9).imm32(TEXT - next);                                              // jmp 0x200000
        return new ElfBuilder().entry(PROLOGUE).load(PROLOGUE, ElfBuilder.PF_R | ElfBuilder.PF_X, prologue.toBytes());
    }

    /**
     * Hypercall {@code port} with the arguments already in rdi and rsi: door(port, rdi, rsi)
     * when r15 holds a door page, else out to the port.
     */
    GuestCode hypercall(int port) {
        bytes(0x4D, 0x85, 0xFF);                  // test r15, r15
        bytes(0x74, 16);                          // jz the port write
        bytes(0x48, 0x89, 0xF2);                  // mov rdx, rsi
        bytes(0x48, 0x89, 0xFE);                  // mov rsi, rdi
        bytes(0xBF).imm32(port);                  // mov edi, port
        bytes(0x41, 0xFF, 0xD7);                  // call r15
        bytes(0xEB, 6);                           // jmp past the port write
        return movEdx(port).outDxAl();
    }

    GuestCode consoleWrite(long address, long length) {
        return movRdi(address).movRsi(length).hypercall(Hypercall.CONSOLE_WRITE);
    }

    GuestCode exit(int code) {
        return movRdi(code).hypercall(Hypercall.EXIT);
    }

    int size() {
        return code.size();
    }

    byte[] toBytes() {
        byte[] bytes = code.toByteArray();
        for (Fixup f : fixups) {
            Integer target = labels.get(f.label());
            if (target == null) {
                throw new IllegalStateException("no label " + f.label());
            }
            int rel = target - (f.at() + 4);
            for (int i = 0; i < 4; i++) {
                bytes[f.at() + i] = (byte) (rel >>> (8 * i));
            }
        }
        return bytes;
    }

    /** Names the next instruction's address. */
    GuestCode label(String name) {
        labels.put(name, code.size());
        return this;
    }

    private GuestCode rel32(String label) {
        fixups.add(new Fixup(code.size(), label));
        return imm32(0);
    }

    GuestCode jmp(String label) { return bytes(0xE9).rel32(label); }
    GuestCode jne(String label) { return bytes(0x0F, 0x85).rel32(label); }
    GuestCode je(String label) { return bytes(0x0F, 0x84).rel32(label); }
    /** cmp r13, imm8 (the core number) */
    GuestCode cmpR13(int value) { return bytes(0x49, 0x83, 0xFD, value); }
    /** cmp rax, imm8 */
    GuestCode cmpRax(int value) { return bytes(0x48, 0x83, 0xF8, value); }
    /** mov r14, [r12 + disp8] */
    GuestCode loadR14FromR12(int disp) { return bytes(0x4D, 0x8B, 0x74, 0x24, disp); }
    /** mov [rax], r13 */
    GuestCode storeR13AtRax() { return bytes(0x4C, 0x89, 0x28); }
    /** lock inc qword [r14 + disp8] */
    GuestCode lockIncAtR14(int disp) { return bytes(0xF0, 0x49, 0xFF, 0x46, disp); }
    /** mov rax, [r14 + disp8] */
    GuestCode loadRaxFromR14(int disp) { return bytes(0x49, 0x8B, 0x46, disp); }
    /** mov [r14 + r13*8 + disp8], rax */
    GuestCode storeRaxAtR14ForCore(int disp) { return bytes(0x4B, 0x89, 0x44, 0xEE, disp); }
    /** mov rdi, r14 */
    GuestCode movRdiR14() { return bytes(0x4C, 0x89, 0xF7); }
    /** add rdi, imm8 */
    GuestCode addRdi(int value) { return bytes(0x48, 0x83, 0xC7, value); }
    GuestCode pause() { return bytes(0xF3, 0x90); }
    GuestCode pushRax() { return bytes(0x50); }
    /** rdtsc into rax as one 64-bit value (clobbers rdx) */
    GuestCode rdtsc() { return bytes(0x0F, 0x31, 0x48, 0xC1, 0xE2, 0x20, 0x48, 0x09, 0xD0); }
    /** mov rbx, rax */
    GuestCode movRbxRax() { return bytes(0x48, 0x89, 0xC3); }
    /** sub rax, rbx */
    GuestCode subRaxRbx() { return bytes(0x48, 0x29, 0xD8); }

    /** IDLE for at most {@code nanos} (-1: no limit). */
    GuestCode idle(long nanos) { return movRdi(nanos).movRsi(0).hypercall(Hypercall.IDLE); }

    /** Rings core {@code core}'s doorbell (boot info in r12): the door's doorbell, or a store to it. */
    GuestCode ringDoorbell(int core) {
        bytes(0x4D, 0x85, 0xFF);                                       // test r15, r15
        bytes(0x74, 15);                                               // jz the store
        bytes(0xBF).imm32(0x520);                                      // mov edi, DOORBELL
        bytes(0xBE).imm32(core);                                       // mov esi, core
        bytes(0x41, 0xFF, 0xD7);                                       // call r15
        bytes(0xEB, 12);                                               // jmp past the store
        return bytes(0x49, 0x8B, 0x44, 0x24, 120)                     // mov rax, [r12 + 120]
                .bytes(0xC7, 0x40, 8 * core, 1, 0, 0, 0);             // mov dword [rax + 8*core], 1
    }

    /** Busy-waits about {@code iterations} × 0.4 ns without leaving the guest. */
    GuestCode delay(long iterations, String label) {
        return bytes(0x48, 0xB9).imm64(iterations)                    // mov rcx, imm64
                .label(label).bytes(0x48, 0xFF, 0xC9)                 // dec rcx
                .jne(label);
    }
}
