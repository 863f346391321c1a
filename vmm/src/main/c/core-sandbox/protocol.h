/* What the monitor and a core's sandbox process say to each other over their SOCK_SEQPACKET
   socket. Every message is an array of little-endian u64 words. The Java side is
   org.torito.vmm.process.SandboxProtocol; keep the two in step. docs/architecture.md has the
   whole picture. */
#pragma once
#include <stdint.h>

#define SANDBOX_MAGIC 0x31534F5449524F54ull /* "TORITOS1" */

/* monitor -> sandbox, once: where everything goes and how the core starts. */
enum setup_word {
    SETUP_MAGIC, SETUP_CORE, SETUP_ENTRY, SETUP_RDI, SETUP_RSI, SETUP_RSP, SETUP_DOOR_PAGE,
    SETUP_MEMFD, SETUP_CPUS, SETUP_NOTIFY_COUNT, SETUP_MAPPING_COUNT,
    SETUP_HEADER_WORDS
    /* then cpus doorbell eventfds (core k's at k), then notify_count entries of
       (address, value, eventfd): a 4-byte MMIO write of value at address signals eventfd;
       then mapping_count entries of (address, length, offset in guest RAM, prot) */
};
#define SETUP_NOTIFY_WORDS 3
#define SETUP_MAPPING_WORDS 4
#define SETUP_PROT_READ 1
#define SETUP_PROT_WRITE 2
#define SETUP_PROT_EXEC 4

/* sandbox -> monitor: one exit; the monitor answers with one word (an MMIO read's value) or
   ends the process. */
enum exit_kind {
    EXIT_READY = 1,      /* set-up done, the guest starts now */
    EXIT_HYPERCALL = 2,  /* a = port, b = RDI, c = RSI */
    EXIT_MMIO_READ = 3,  /* a = address, b = width */
    EXIT_MMIO_WRITE = 4, /* a = address, b = width, c = value */
    EXIT_SIGNAL = 5,     /* a = signal, b = si_code, c = si_addr; regs from the signal frame */
    EXIT_SYSCALL = 6,    /* a = system call number, b = address of the syscall instruction */
    EXIT_SETUP_FAILED = 7 /* a = errno, b = step (enum setup_step), c = the address involved */
};
enum exit_word {
    EXIT_WORD_KIND, EXIT_WORD_A, EXIT_WORD_B, EXIT_WORD_C,
    EXIT_WORD_REGS, /* 18 words: rax rbx rcx rdx rsi rdi rbp rsp r8-r15 rip rflags */
    EXIT_WORD_ERR = EXIT_WORD_REGS + 18, /* the CPU's error code (a signal only) */
    EXIT_WORD_TRAPNO,                    /* the CPU's exception vector (a signal only) */
    EXIT_WORD_CSGSFS,                    /* cs | gs << 16 | fs << 32 | ss << 48 (a signal only) */
    EXIT_WORDS
};
enum setup_step { STEP_MESSAGE = 1, STEP_MAP, STEP_DOOR_PAGE, STEP_FDS, STEP_SIGNALS, STEP_FILTER };

/* The door page's one entry: uint64_t door(uint64_t op, uint64_t a, uint64_t b). Ops 0x510-0x516
   are the hypercall ports of docs/boot-abi.md; these are the rest. */
#define DOOR_DOORBELL     0x520
#define DOOR_MMIO_READ32  0x521
#define DOOR_MMIO_WRITE32 0x522
#define DOOR_SET_FS       0x523
#define PORT_IDLE         0x516
