/* From _start to main: validate the boot info, set up memory, build argv, run main, exit. */
#include "torito.h"
#include "torito_guest.h"

int main(int argc, char **argv);

const struct torito_boot_info *torito_boot;
uint32_t torito_core_index;
torito_door_fn torito_door;

#define MAX_ARGS 256
#define CMDLINE_MAX 8192   /* 4095 bytes of the user's, plus the devices the monitor announces */

static char cmdline_copy[CMDLINE_MAX + 1];
static char *argv_storage[MAX_ARGS + 2];

/* After EXIT or PANIC the monitor stops the VM; until it kicks this core out, wait here. */
static _Noreturn void park(void) {
    for (;;) __asm__ volatile("pause");
}

static void mark(uint64_t id) {
    if (torito_boot->flags & 1u) torito_hypercall(TORITO_PORT_MARK, id, torito_rdtsc());
}

/* What %fs points at, one per core. Code built with -fstack-protector (Debian's musl, whose
   math functions the image links) reads its canary at %fs:0x28, and the x86-64 TLS ABI puts
   the block's own address at %fs:0. Under KVM, CPL 3 code sets %fs with wrfsbase, which the
   monitor enables (CR4.FSGSBASE) when the CPU has it. As a process, the host kernel would not
   keep a wrfsbase across a context switch, so the door page sets it (arch_prctl). */
#define MAX_CORES 64
struct thread_block {
    struct thread_block *self;
    uint64_t reserved[4];
    uint64_t canary;
};
static struct thread_block thread_blocks[MAX_CORES];

static void thread_block_init(uint64_t core) {
    if (!torito_door) {
        uint32_t a = 7, b, c = 0, d;
        __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
        if (!(b & 1)) torito_panic("torito: the CPU lacks FSGSBASE, which the guest needs to set %fs");
    }
    if (core >= MAX_CORES) torito_panic("torito: more than 64 cores");
    struct thread_block *t = &thread_blocks[core];
    t->self = t;
    /* Not a secret here, only a tripwire for a smashed stack; the low byte is 0 so that a
       string overrun stops at it, as glibc does. */
    t->canary = (torito_rdtsc() * 0x9E3779B97F4A7C15ull) & ~0xFFull;
    if (torito_door) {
        torito_door(TORITO_DOOR_SET_FS, (uint64_t) (uintptr_t) t, 0);
    } else {
        __asm__ volatile("wrfsbase %0" : : "r"(t) : "memory");
    }
}

_Noreturn void __stack_chk_fail(void) { torito_panic("torito: stack smashing detected"); }

extern void (*__init_array_start[])(void) __attribute__((weak));
extern void (*__init_array_end[])(void) __attribute__((weak));

_Noreturn void torito_start(const struct torito_boot_info *boot, uint64_t core) {
    if (boot == 0 || boot->magic != TORITO_BOOT_MAGIC)
        torito_panic("torito: boot info magic is wrong (expected 0x49524F54)");
    if (boot->version < TORITO_BOOT_VERSION || boot->header_size < 128)
        torito_panic("torito: boot info is older than version 2 (this guest needs per-core regions and doorbells)");
    if (core >= boot->cpu_count) torito_panic("torito: core number is not below the boot info's cpu_count");
    torito_boot = boot;
    torito_core_index = (uint32_t) core;
    if (boot->header_size >= TORITO_BOOT_HEADER_V3 && boot->door_page)
        torito_door = (torito_door_fn) (uintptr_t) boot->door_page;
    thread_block_init(core);
    /* Every core runs the whole runtime as its own isolate (its own .data/.bss and region). */
    if (core == 0) mark(TORITO_MARK_ENTRY);

    torito_time_init();
    torito_memory_init();
    const struct torito_core *me = &((const struct torito_core *) (uintptr_t) boot->cores_addr)[core];
    torito_stack_init(me->stack_bottom, me->stack_top);

    size_t len = boot->cmdline_len;
    if (len > CMDLINE_MAX) torito_panic("torito: command line longer than 8192 bytes");
    const char *src = (const char *) (uintptr_t) boot->cmdline_addr;
    for (size_t i = 0; i < len && src; i++) cmdline_copy[i] = src[i];
    cmdline_copy[len] = '\0';

    argv_storage[0] = "torito";
    int argc = 1 + torito_split_cmdline(cmdline_copy, argv_storage + 1, MAX_ARGS);
    argc = torito_drop_kernel_args(argv_storage, argc);
    argv_storage[argc] = 0;

    for (void (**f)(void) = __init_array_start; f && f < __init_array_end; f++) (*f)();

    if (core == 0) mark(TORITO_MARK_MAIN);
    torito_exit(main(argc, argv_storage));
}

_Noreturn void torito_exit(int code) {
    torito_console_flush();
    torito_hypercall(TORITO_PORT_EXIT, (uint64_t) (uint32_t) code, 0);
    park();
}

_Noreturn void torito_panic(const char *message) {
    torito_console_flush();
    size_t n = 0;
    while (message[n]) n++;
    torito_hypercall(TORITO_PORT_PANIC, (uint64_t) (uintptr_t) message, n);
    park();
}

_Noreturn void exit(int code) { torito_exit(code); }
_Noreturn void _exit(int code) { torito_exit(code); }
_Noreturn void abort(void) { torito_panic("abort() called by the guest program"); }
