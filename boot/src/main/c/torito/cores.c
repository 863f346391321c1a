/* What torito-guest's kernel (org.torito.guest.kernel) reaches through @Import: this core's
   place in the machine, the clock, the shared region, doorbells, IDLE, and ordered access to
   shared memory. Plain TeaVM Address loads/stores compile to plain C accesses, which gcc may
   reorder, merge or hoist out of a loop; memory another core writes goes through these. */
#include "torito.h"
#include "torito_guest.h"

int32_t torito_core(void) { return (int32_t) torito_core_index; }
int32_t torito_cores(void) { return (int32_t) torito_boot->cpu_count; }
int64_t torito_uptime_nanos(void) { return (int64_t) torito_nanos_since_boot(); }
int64_t torito_tsc_hz(void) { return (int64_t) torito_boot->tsc_hz; }
int64_t torito_clock_nanos(void) { return torito_epoch_nanos(); }
int64_t torito_env_addr(void) { return torito_boot_has_v4(torito_boot) ? (int64_t) torito_boot->env_addr : 0; }
int32_t torito_env_len(void) { return torito_boot_has_v4(torito_boot) ? (int32_t) torito_boot->env_len : 0; }
int64_t torito_properties_addr(void) {
    return torito_boot_has_v4(torito_boot) ? (int64_t) torito_boot->properties_addr : 0;
}
int32_t torito_properties_len(void) {
    return torito_boot_has_v4(torito_boot) ? (int32_t) torito_boot->properties_len : 0;
}
int64_t torito_mounts_addr(void) {
    return torito_boot_has_mounts(torito_boot) ? (int64_t) torito_boot->mounts_addr : 0;
}
int32_t torito_mounts_len(void) {
    return torito_boot_has_mounts(torito_boot) ? (int32_t) torito_boot->mounts_len : 0;
}
/* Boot-info flag bit 1: every core runs the program's main, not core 0 alone (config "main"). */
int32_t torito_main_on_every_core(void) { return (torito_boot->flags & 2u) != 0; }
int64_t torito_shared_base(void) { return (int64_t) torito_boot->shared_base; }
int64_t torito_shared_size(void) { return (int64_t) torito_boot->shared_size; }

void torito_doorbell(int32_t core) {
    if (core < 0 || (uint32_t) core >= torito_boot->cpu_count) torito_panic("torito: doorbell for a core that does not exist");
    /* The write itself is the signal (an ioeventfd, or the door's eventfd write); make
       everything before it visible first. */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (torito_door) {
        torito_door(TORITO_DOOR_DOORBELL, (uint64_t) (uint32_t) core, 0);
        return;
    }
    *(volatile uint32_t *) (uintptr_t) (torito_boot->doorbell_base + 8u * (uint32_t) core) = 1;
}

/* IDLE read rather than written: RCX stamps the call with the TSC, so the sleep counts from
   here however long the host takes to start it, and the answer is how many microseconds of the
   sleep the core spent ready to run while the host had no CPU for it (docs/boot-abi.md,
   "Punctual wake-ups"). The door page's IDLE starts at once and answers 0: the sandbox cannot
   see that count. */
int64_t torito_idle(int64_t nanos, int64_t spin) {
    uint64_t rdi = nanos < 0 ? UINT64_MAX : (uint64_t) nanos;
    uint64_t rsi = spin < 0 ? 0 : (uint64_t) spin;
    if (torito_door) return (int64_t) torito_door(TORITO_PORT_IDLE, rdi, rsi);
    uint32_t congested;
    __asm__ volatile("inl %%dx, %%eax"
                     : "=a"(congested) : "d"(TORITO_PORT_IDLE), "D"(rdi), "S"(rsi), "c"(torito_rdtsc()) : "memory");
    return congested;
}

void torito_cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }

int32_t torito_load_acquire_int(int64_t address) {
    return __atomic_load_n((int32_t *) (uintptr_t) address, __ATOMIC_ACQUIRE);
}
int64_t torito_load_acquire_long(int64_t address) {
    return __atomic_load_n((int64_t *) (uintptr_t) address, __ATOMIC_ACQUIRE);
}
void torito_store_release_int(int64_t address, int32_t value) {
    __atomic_store_n((int32_t *) (uintptr_t) address, value, __ATOMIC_RELEASE);
}
void torito_store_release_long(int64_t address, int64_t value) {
    __atomic_store_n((int64_t *) (uintptr_t) address, value, __ATOMIC_RELEASE);
}
void torito_full_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
int32_t torito_cas_int(int64_t address, int32_t expected, int32_t value) {
    return __atomic_compare_exchange_n((int32_t *) (uintptr_t) address, &expected, value, 0,
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int32_t torito_cas_long(int64_t address, int64_t expected, int64_t value) {
    return __atomic_compare_exchange_n((int64_t *) (uintptr_t) address, &expected, value, 0,
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
/* Bytes between a Java array and shared memory; ordering comes from the acquire/release
   accesses around the copy. */
void torito_copy_memory(int64_t to, int64_t from, int32_t length) {
    uint8_t *d = (uint8_t *) (uintptr_t) to;
    const uint8_t *s = (const uint8_t *) (uintptr_t) from;
    /* rep movsb counts in all of rcx: widen, or a 32-bit operand could leave garbage above it. */
    uint64_t n = length < 0 ? 0 : (uint64_t) (uint32_t) length;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
}
