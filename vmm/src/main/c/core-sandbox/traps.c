#define _GNU_SOURCE
/* A fault in guest code (or a system call the filter refused) becomes one exit to the monitor
   with the signal frame's registers; the monitor reports it and ends this process. The handler
   runs on its own stack, so a guest with a broken stack still reports. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include "sandbox.h"

static const int trapped[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS};
/* The monitor decides when the VM stops: a Ctrl-C or SIGTERM meant for the monitor's process
   group must not end a core behind its back. */
static const int ignored[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2};

static const int frame_order[18] = {REG_RAX, REG_RBX, REG_RCX, REG_RDX, REG_RSI, REG_RDI, REG_RBP, REG_RSP,
                                    REG_R8,  REG_R9,  REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
                                    REG_RIP, REG_EFL};

static void on_trap(int signal, siginfo_t *info, void *context) {
    const greg_t *g = ((const ucontext_t *) context)->uc_mcontext.gregs;
    uint64_t m[EXIT_WORDS] = {0};
    if (signal == SIGSYS) {
        m[EXIT_WORD_KIND] = EXIT_SYSCALL;
        m[EXIT_WORD_A] = (uint64_t) info->si_syscall;
        m[EXIT_WORD_B] = (uint64_t) info->si_call_addr;
    } else {
        m[EXIT_WORD_KIND] = EXIT_SIGNAL;
        m[EXIT_WORD_A] = (uint64_t) signal;
        m[EXIT_WORD_B] = (uint64_t) info->si_code;
        m[EXIT_WORD_C] = (uint64_t) info->si_addr;
    }
    for (int i = 0; i < 18; i++) m[EXIT_WORD_REGS + i] = (uint64_t) g[frame_order[i]];
    m[EXIT_WORD_ERR] = (uint64_t) g[REG_ERR];
    m[EXIT_WORD_TRAPNO] = (uint64_t) g[REG_TRAPNO];
    m[EXIT_WORD_CSGSFS] = (uint64_t) g[REG_CSGSFS];
    forward(m);
    /* The monitor ends the VM at a fault; it never answers one. */
    die(70);
}

void install_trap_handlers(void *altstack, uint64_t size) {
    stack_t stack = {.ss_sp = altstack, .ss_size = size};
    sigaltstack(&stack, 0);
    struct sigaction trap;
    memset(&trap, 0, sizeof trap);
    trap.sa_sigaction = on_trap;
    trap.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigfillset(&trap.sa_mask);
    for (unsigned i = 0; i < sizeof trapped / sizeof trapped[0]; i++) sigaction(trapped[i], &trap, 0);
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    for (unsigned i = 0; i < sizeof ignored / sizeof ignored[0]; i++) sigaction(ignored[i], &ignore, 0);
}
