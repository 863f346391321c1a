/* The doors a guest core calls through its door page: the hypercalls of docs/boot-abi.md,
   doorbells, virtio-mmio registers and the thread pointer. What a core can do alone (IDLE, a
   doorbell, a queue notification, %fs) costs one system call and never reaches the monitor;
   the rest is forwarded to the core's thread in the monitor. Runs on the guest's stack. */
#include <asm/prctl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <time.h>
#include "sandbox.h"

struct sandbox sandbox;

/* rcx and r11 are the syscall instruction's; everything else is preserved as in a call. */
__attribute__((section("torito_doors"), noinline, used))
long door_syscall(long nr, long a, long b, long c, long d) {
    long result;
    register long r10 __asm__("r10") = d;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                     : "rcx", "r11", "memory");
    return result;
}

_Noreturn void die(int code) {
    for (;;) door_syscall(SYS_exit_group, code, 0, 0, 0);
}

uint64_t forward(uint64_t *message) {
    if (door_syscall(SYS_write, FD_CONTROL, (long) message, EXIT_WORDS * 8, 0) != EXIT_WORDS * 8) die(71);
    uint64_t answer = 0;
    if (door_syscall(SYS_read, FD_CONTROL, (long) &answer, 8, 0) != 8) die(71);
    return answer;
}

static uint64_t forward_door(uint64_t kind, uint64_t a, uint64_t b, uint64_t c, uint64_t rip, uint64_t rsp) {
    uint64_t m[EXIT_WORDS] = {0};
    m[EXIT_WORD_KIND] = kind;
    m[EXIT_WORD_A] = a;
    m[EXIT_WORD_B] = b;
    m[EXIT_WORD_C] = c;
    /* The caller's view: its arguments as the port hypercall would have them, where it called from. */
    m[EXIT_WORD_REGS + 4] = kind == EXIT_HYPERCALL ? c : 0;  /* rsi */
    m[EXIT_WORD_REGS + 5] = kind == EXIT_HYPERCALL ? b : 0;  /* rdi */
    m[EXIT_WORD_REGS + 7] = rsp;
    m[EXIT_WORD_REGS + 16] = rip;
    return forward(m);
}

/* How long this process has waited, in all, ready to run but without a CPU: the second field of
   its schedstat (run_delay, in nanoseconds); 0 where the kernel does not count it. */
static uint64_t run_delay(void) {
    char text[96];
    if (sandbox.schedstat < 0) return 0;
    long n = door_syscall(SYS_pread64, sandbox.schedstat, (long) text, sizeof text, 0);
    long i = 0;
    while (i < n && text[i] != ' ') i++;
    uint64_t value = 0;
    for (i++; i < n && text[i] >= '0' && text[i] <= '9'; i++) value = value * 10 + (uint64_t) (text[i] - '0');
    return value;
}

/* Sleeps until the doorbell rings or nanos pass (UINT64_MAX: no limit). A ring since the last
   IDLE returned is still counted in the eventfd, so a wake-up is never lost. For a timed sleep
   the guest will finish by spinning (spin > 0), answers the microseconds the host kept this
   core ready but off a CPU meanwhile (docs/boot-abi.md, "Punctual wake-ups"); otherwise 0. */
static uint64_t idle(uint64_t nanos, uint64_t spin) {
    struct pollfd bell = {.fd = sandbox.own_doorbell, .events = POLLIN};
    struct timespec limit, *timeout = 0;
    if (nanos <= 1000000000000000000ull) {
        limit.tv_sec = (time_t) (nanos / 1000000000ull);
        limit.tv_nsec = (long) (nanos % 1000000000ull);
        timeout = &limit;
    }
    uint64_t before = timeout && spin ? run_delay() : 0;
    if (door_syscall(SYS_ppoll, (long) &bell, 1, (long) timeout, 0) > 0) {
        uint64_t count;
        door_syscall(SYS_read, sandbox.own_doorbell, (long) &count, 8, 0);
    }
    return timeout && spin ? (run_delay() - before) / 1000 : 0;
}

static int ring(uint64_t fd) {
    uint64_t one = 1;
    return door_syscall(SYS_write, (long) fd, (long) &one, 8, 0) == 8;
}

uint64_t door(uint64_t op, uint64_t a, uint64_t b) {
    uint64_t rip = (uint64_t) __builtin_return_address(0);
    uint64_t rsp = (uint64_t) __builtin_frame_address(0) + 16;
    switch (op) {
    case PORT_IDLE:
        return idle(a, b);
    case DOOR_DOORBELL:
        if (a < sandbox.cpus && ring(FD_FIRST_DOORBELL + a)) return 0;
        break;  /* the monitor reports a doorbell for a core that does not exist */
    case DOOR_MMIO_WRITE32:
        for (uint64_t i = 0; i < sandbox.notify_count; i++) {
            struct notify *n = &sandbox.notifies[i];
            if (n->address == a && n->value == (uint32_t) b && ring((uint64_t) n->fd)) return 0;
        }
        return forward_door(EXIT_MMIO_WRITE, a, 4, (uint32_t) b, rip, rsp);
    case DOOR_MMIO_READ32:
        return forward_door(EXIT_MMIO_READ, a, 4, 0, rip, rsp);
    case DOOR_SET_FS:
        if (door_syscall(SYS_arch_prctl, ARCH_SET_FS, (long) a, 0, 0) == 0) return 0;
        break;
    default:
        break;
    }
    return forward_door(EXIT_HYPERCALL, op, a, b, rip, rsp);
}
