package org.torito.vmm.process;

import java.util.List;

/**
 * The messages between the monitor and a core's sandbox process, word for word as
 * vmm/src/main/c/core-sandbox/protocol.h defines them: arrays of little-endian u64 over a
 * SOCK_SEQPACKET socket. Everything the sandbox sends is the guest's to forge (guest code and
 * the sandbox share one address space), so the monitor checks it like any guest input.
 */
final class SandboxProtocol {
    static final long MAGIC = 0x31534F5449524F54L;

    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int PROT_EXEC = 4;

    static final int EXIT_READY = 1;
    static final int EXIT_HYPERCALL = 2;
    static final int EXIT_MMIO_READ = 3;
    static final int EXIT_MMIO_WRITE = 4;
    static final int EXIT_SIGNAL = 5;
    static final int EXIT_SYSCALL = 6;
    static final int EXIT_SETUP_FAILED = 7;

    static final int WORD_KIND = 0;
    static final int WORD_A = 1;
    static final int WORD_B = 2;
    static final int WORD_C = 3;
    static final int WORD_REGS = 4;
    static final int WORD_ERR = WORD_REGS + 18;
    static final int WORD_TRAPNO = WORD_ERR + 1;
    static final int WORD_CSGSFS = WORD_TRAPNO + 1;
    static final int EXIT_WORDS = WORD_CSGSFS + 1;
    /** The order of the 18 register words, as the sandbox writes them. */
    static final List<String> REGISTER_ORDER = List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
            "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags");
    /** Set-up steps, for a set-up failure's report. */
    static final List<String> SETUP_STEPS = List.of("?", "reading the set-up message", "mapping guest memory",
            "building the door page", "arranging its descriptors", "installing trap handlers",
            "installing the seccomp filter");

    /** The door page's operations besides the hypercall ports (docs/boot-abi.md, "Door page"). */
    static final int DOOR_DOORBELL = 0x520;
    static final int DOOR_MMIO_READ32 = 0x521;
    static final int DOOR_MMIO_WRITE32 = 0x522;
    static final int DOOR_SET_FS = 0x523;

    /** One mapping of guest RAM into the sandbox: virtual address, length, offset in RAM, PROT_* bits. */
    record Mapping(long address, long length, long offset, int prot) {
    }

    /** A 4-byte write of {@code value} at {@code address} that the sandbox turns into a write to {@code fd}. */
    record Notify(long address, long value, int fd) {
    }

    /** Everything a sandbox needs to start its core. */
    record Setup(int core, long entry, long bootInfo, long stackTop, long doorPage, int memFd,
                 List<Integer> doorbellFds, List<Notify> notifies, List<Mapping> mappings) {

        long[] encode() {
            int cpus = doorbellFds.size();
            long[] words = new long[11 + cpus + 3 * notifies.size() + 4 * mappings.size()];
            int at = 0;
            words[at++] = MAGIC;
            words[at++] = core;
            words[at++] = entry;
            words[at++] = bootInfo;
            words[at++] = core;
            words[at++] = stackTop;
            words[at++] = doorPage;
            words[at++] = memFd;
            words[at++] = cpus;
            words[at++] = notifies.size();
            words[at++] = mappings.size();
            for (int fd : doorbellFds) {
                words[at++] = fd;
            }
            for (Notify n : notifies) {
                words[at++] = n.address();
                words[at++] = n.value();
                words[at++] = n.fd();
            }
            for (Mapping m : mappings) {
                words[at++] = m.address();
                words[at++] = m.length();
                words[at++] = m.offset();
                words[at++] = m.prot();
            }
            return words;
        }
    }

    private SandboxProtocol() {
    }
}
