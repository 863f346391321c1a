/* One guest core as a Linux process: the process backend's only native part. The monitor
   starts it with the control socket's descriptor and its own pid; it reads the set-up message,
   maps guest RAM where the core's page tables would put it, builds the door page, keeps only the
   descriptors the doors need, installs the trap handlers and the seccomp filter, and enters the
   guest at CPL 3 with the registers of docs/boot-abi.md. All policy (what is mapped where, with
   which rights) is the monitor's; this file carries it out. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "sandbox.h"

#define SETUP_MAX_WORDS 16384
#define DOOR_PAGE_SIZE 4096
/* The trap handler's stack, mapped right above the door page: at an address the guest can
   know, because it can write there anyway (one address space, docs/architecture.md); nothing
   there outlives a trap, as the kernel builds each signal frame anew. */
#define TRAP_STACK_SIZE (64 * 1024)

static uint64_t setup[SETUP_MAX_WORDS];
/* The control socket: the number the monitor passed until set-up moves it to FD_CONTROL. */
static int control = -1;

static _Noreturn void fail(enum setup_step step, uint64_t address) {
    uint64_t m[EXIT_WORDS] = {0};
    m[EXIT_WORD_KIND] = EXIT_SETUP_FAILED;
    m[EXIT_WORD_A] = (uint64_t) errno;
    m[EXIT_WORD_B] = step;
    m[EXIT_WORD_C] = address;
    write(control, m, sizeof m);
    _exit(71);
}

/* rdi = entry, rsi = boot info, rdx = core, rcx = stack top. Every other general register is 0
   at entry, as under KVM. */
__attribute__((noreturn)) void enter_guest(uint64_t entry, uint64_t boot_info, uint64_t core, uint64_t stack_top);
__asm__(".text\n"
        ".globl enter_guest\n"
        "enter_guest:\n"
        "  mov %rcx, %rsp\n"
        "  push %rdi\n"          /* the entry, popped by ret below; RSP is back at the top then */
        "  mov %rsi, %rdi\n"
        "  mov %rdx, %rsi\n"
        "  xor %eax, %eax\n  xor %ebx, %ebx\n  xor %ecx, %ecx\n  xor %edx, %edx\n  xor %ebp, %ebp\n"
        "  xor %r8d, %r8d\n  xor %r9d, %r9d\n  xor %r10d, %r10d\n  xor %r11d, %r11d\n"
        "  xor %r12d, %r12d\n  xor %r13d, %r13d\n  xor %r14d, %r14d\n  xor %r15d, %r15d\n"
        "  ret\n");

/* movabs $door, %rax; jmp *%rax: the guest calls the page, the page reaches door() wherever
   this binary was loaded. */
static void build_door_page(uint64_t address) {
    uint8_t *page = mmap((void *) address, DOOR_PAGE_SIZE, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (page != (void *) address) fail(STEP_DOOR_PAGE, address);
    uint64_t target = (uint64_t) door;
    page[0] = 0x48;
    page[1] = 0xB8;
    memcpy(page + 2, &target, 8);
    page[10] = 0xFF;
    page[11] = 0xE0;
    if (mprotect(page, DOOR_PAGE_SIZE, PROT_READ | PROT_EXEC) != 0) fail(STEP_DOOR_PAGE, address);
}

static void *map_trap_stack(uint64_t door_page) {
    uint64_t address = door_page + DOOR_PAGE_SIZE;
    void *stack = mmap((void *) address, TRAP_STACK_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (stack != (void *) address) fail(STEP_DOOR_PAGE, address);
    return stack;
}

static void map_guest(int memfd, const uint64_t *mappings, uint64_t count) {
    for (uint64_t i = 0; i < count; i++) {
        const uint64_t *m = mappings + i * SETUP_MAPPING_WORDS;
        int prot = (m[3] & SETUP_PROT_READ ? PROT_READ : 0) | (m[3] & SETUP_PROT_WRITE ? PROT_WRITE : 0)
                   | (m[3] & SETUP_PROT_EXEC ? PROT_EXEC : 0);
        void *at = mmap((void *) m[0], m[1], prot, MAP_SHARED | MAP_FIXED_NOREPLACE, memfd, (off_t) m[2]);
        if (at != (void *) m[0]) fail(STEP_MAP, m[0]);
    }
}

/* Moves a descriptor to a fixed number through a high temporary one, so that no move
   overwrites a descriptor still to be moved. */
static int park_high(int fd) {
    int high = fcntl(fd, F_DUPFD_CLOEXEC, 1024);
    if (high < 0) fail(STEP_FDS, (uint64_t) fd);
    return high;
}

static void keep_only_door_fds(const uint64_t *doorbells) {
    int parked_control = park_high(control);
    int parked[MAX_CPUS + MAX_NOTIFIES];
    for (uint64_t k = 0; k < sandbox.cpus; k++) parked[k] = park_high((int) doorbells[k]);
    for (uint64_t i = 0; i < sandbox.notify_count; i++) parked[sandbox.cpus + i] = park_high(sandbox.notifies[i].fd);
    if (dup2(parked_control, FD_CONTROL) < 0) fail(STEP_FDS, FD_CONTROL);
    control = FD_CONTROL;
    int next = FD_FIRST_DOORBELL;
    for (uint64_t j = 0; j < sandbox.cpus + sandbox.notify_count; j++, next++) {
        if (dup2(parked[j], next) < 0) fail(STEP_FDS, (uint64_t) next);
        if (j >= sandbox.cpus) sandbox.notifies[j - sandbox.cpus].fd = next;
    }
    sandbox.schedstat = -1;
    int schedstat = open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    if (schedstat >= 0) {
        if (schedstat != next && dup2(schedstat, next) < 0) fail(STEP_FDS, (uint64_t) next);
        sandbox.schedstat = next++;
    }
    /* Standard input, output and error too: the guest writes only through the monitor. */
    if (syscall(SYS_close_range, 0, 2, 0) != 0 || syscall(SYS_close_range, next, ~0u, 0) != 0) fail(STEP_FDS, 0);
    sandbox.own_doorbell = FD_FIRST_DOORBELL + (int) sandbox.core;
}

/* Writes value in decimal at text[n]; returns the index after it (at most 20 digits). */
static int put_decimal(char *text, int n, uint64_t value) {
    char digits[20];
    int d = 0;
    do digits[d++] = (char) ('0' + value % 10); while ((value /= 10) && d < 20);
    while (d) text[n++] = digits[--d];
    return n;
}

/* The TSC rate, measured against CLOCK_MONOTONIC_RAW over 20 ms: the guest's clock runs on the
   TSC, and only KVM can report its rate. */
static int print_tsc_hz(void) {
    struct timespec a, b, pause = {0, 20000000};
    clock_gettime(CLOCK_MONOTONIC_RAW, &a);
    uint64_t t0 = __builtin_ia32_rdtsc();
    nanosleep(&pause, 0);
    clock_gettime(CLOCK_MONOTONIC_RAW, &b);
    uint64_t t1 = __builtin_ia32_rdtsc();
    uint64_t ns = (uint64_t) (b.tv_sec - a.tv_sec) * 1000000000ull + (uint64_t) (b.tv_nsec - a.tv_nsec);
    /* Whole kHz: the last digits are noise. */
    uint64_t hz = (uint64_t) ((unsigned __int128) (t1 - t0) * 1000000000ull / ns) / 1000 * 1000;
    char text[32];
    int n = put_decimal(text, 0, hz);
    text[n++] = '\n';
    return write(1, text, (size_t) n) == n ? 0 : 1;
}

/* The host's wall clock and its TSC at the same moment (the guest's TSC here is the host's): two
   decimal numbers, the TSC then nanoseconds since the Unix epoch, for the boot info's wall clock.
   The TSC is read between two clock readings and paired with their middle. */
static int print_wall_clock(void) {
    struct timespec a, b;
    clock_gettime(CLOCK_REALTIME, &a);
    uint64_t tsc = __builtin_ia32_rdtsc();
    clock_gettime(CLOCK_REALTIME, &b);
    uint64_t na = (uint64_t) a.tv_sec * 1000000000ull + (uint64_t) a.tv_nsec;
    uint64_t nb = (uint64_t) b.tv_sec * 1000000000ull + (uint64_t) b.tv_nsec;
    char text[64];
    int n = put_decimal(text, 0, tsc);
    text[n++] = ' ';
    n = put_decimal(text, n, na + (nb - na) / 2);
    text[n++] = '\n';
    return write(1, text, (size_t) n) == n ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--tsc-hz") == 0) return print_tsc_hz();
    if (argc == 2 && strcmp(argv[1], "--wall-clock") == 0) return print_wall_clock();
    if (argc != 3) return 2;
    control = atoi(argv[1]);
    pid_t monitor = (pid_t) atol(argv[2]);
    /* No orphans: this process dies with the monitor, even one killed with SIGKILL. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != monitor) return 71;
    prctl(PR_SET_DUMPABLE, 0);
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    ssize_t got = read(control, setup, sizeof setup);
    if (got < (ssize_t) (SETUP_HEADER_WORDS * 8) || setup[SETUP_MAGIC] != SANDBOX_MAGIC) fail(STEP_MESSAGE, 0);
    sandbox.core = setup[SETUP_CORE];
    sandbox.cpus = setup[SETUP_CPUS];
    sandbox.notify_count = setup[SETUP_NOTIFY_COUNT];
    uint64_t mapping_count = setup[SETUP_MAPPING_COUNT];
    if (sandbox.cpus == 0 || sandbox.cpus > MAX_CPUS || sandbox.core >= sandbox.cpus
        || sandbox.notify_count > MAX_NOTIFIES || mapping_count > SETUP_MAX_WORDS) {
        errno = EINVAL;
        fail(STEP_MESSAGE, 0);
    }
    const uint64_t *doorbells = setup + SETUP_HEADER_WORDS;
    const uint64_t *notifies = doorbells + sandbox.cpus;
    const uint64_t *mappings = notifies + sandbox.notify_count * SETUP_NOTIFY_WORDS;
    if ((uint64_t) got != 8 * (uint64_t) (mappings + mapping_count * SETUP_MAPPING_WORDS - setup)) {
        errno = EINVAL;
        fail(STEP_MESSAGE, 0);
    }
    for (uint64_t i = 0; i < sandbox.notify_count; i++) {
        sandbox.notifies[i].address = notifies[i * SETUP_NOTIFY_WORDS];
        sandbox.notifies[i].value = notifies[i * SETUP_NOTIFY_WORDS + 1];
        sandbox.notifies[i].fd = (int) notifies[i * SETUP_NOTIFY_WORDS + 2];
    }

    map_guest((int) setup[SETUP_MEMFD], mappings, mapping_count);
    build_door_page(setup[SETUP_DOOR_PAGE]);
    keep_only_door_fds(doorbells);
    install_trap_handlers(map_trap_stack(setup[SETUP_DOOR_PAGE]), TRAP_STACK_SIZE);
    if (install_filter() != 0) fail(STEP_FILTER, 0);

    uint64_t ready[EXIT_WORDS] = {EXIT_READY};
    if (door_syscall(SYS_write, FD_CONTROL, (long) ready, sizeof ready, 0) != sizeof ready) die(71);
    enter_guest(setup[SETUP_ENTRY], setup[SETUP_RDI], setup[SETUP_RSI], setup[SETUP_RSP]);
}
