/* The platform symbols TeaVM's patched C needs when built as a hosted Linux program
 * (ImageBuilder.buildHosted), beside java_stack.c; glibc supplies everything else. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "torito_guest.h"

int64_t torito_heap_bytes(void) { return TORITO_HOSTED_HEAP_BYTES; }

_Noreturn void torito_heap_full(void) {
    fflush(stdout);
    fputs("torito: out of memory: the Java heap is full of live objects\n", stderr);
    abort();
}

_Noreturn void torito_panic(const char *message) {
    fflush(stdout);
    fprintf(stderr, "%s\n", message);
    abort();
}

/* The Java stack is the main thread's: its limit (java_stack.c) is set before main runs, from
 * the bounds glibc reports for it (the stack rlimit: `ulimit -s`). */
#include <pthread.h>
__attribute__((constructor)) static void hosted_stack_init(void) {
    pthread_attr_t attr;
    void *low;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0 || pthread_attr_getstack(&attr, &low, &size) != 0)
        torito_panic("torito: cannot find the main thread's stack");
    pthread_attr_destroy(&attr);
    torito_stack_init((uint64_t) (uintptr_t) low, (uint64_t) (uintptr_t) low + size);
}

void torito_write_stderr(void *bytes, int32_t length) {
    fwrite(bytes, 1, (size_t) length, stderr);
}

/* One core, no shared region: a hosted build runs the single-core parts of the kernel. */
#include <string.h>
#include <time.h>
int32_t torito_core(void) { return 0; }
int32_t torito_cores(void) { return 1; }
static int64_t clock_nanos(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
int64_t torito_uptime_nanos(void) { return clock_nanos(CLOCK_MONOTONIC); }
/* TeaVM's event-queue times are System.currentTimeMillis(): CLOCK_REALTIME, as in a guest. */
int64_t torito_clock_nanos(void) { return clock_nanos(CLOCK_REALTIME); }
/* The process's own environment, in the boot info's form (name NUL value NUL), so that a hosted
 * build's System.getenv answers as the JVM's does; no properties come from outside. */
extern char **environ;
static char *env_table;
static int32_t env_table_len;
static void env_table_init(void) {
    if (env_table) return;
    size_t size = 1;
    for (char **e = environ; *e; e++) size += strlen(*e) + 1;
    env_table = malloc(size);
    if (!env_table) abort();
    for (char **e = environ; *e; e++) {
        size_t n = strlen(*e);
        char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        memcpy(env_table + env_table_len, *e, n + 1);
        env_table[env_table_len + (eq - *e)] = 0;
        env_table_len += (int32_t) n + 1;
    }
}
int64_t torito_env_addr(void) { env_table_init(); return env_table_len ? (int64_t) (intptr_t) env_table : 0; }
int32_t torito_env_len(void) { env_table_init(); return env_table_len; }
int64_t torito_properties_addr(void) { return 0; }
int32_t torito_properties_len(void) { return 0; }
/* A hosted build has no disks, so nothing is mounted. */
int64_t torito_mounts_addr(void) { return 0; }
int32_t torito_mounts_len(void) { return 0; }
int64_t torito_tsc_hz(void) { return 1000000000LL; }
/* A hosted build is one core. */
int32_t torito_main_on_every_core(void) { return 0; }
int64_t torito_shared_base(void) { return 0; }
int64_t torito_shared_size(void) { return 0; }
void torito_doorbell(int32_t core) { (void) core; }
int64_t torito_idle(int64_t nanos, int64_t spin) {
    (void) spin;
    if (nanos < 0) nanos = 1000000000LL;
    struct timespec ts = { nanos / 1000000000LL, nanos % 1000000000LL };
    nanosleep(&ts, 0);
    return 0;
}
void torito_cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }
int32_t torito_load_acquire_int(int64_t a) { return __atomic_load_n((int32_t *) (intptr_t) a, __ATOMIC_ACQUIRE); }
int64_t torito_load_acquire_long(int64_t a) { return __atomic_load_n((int64_t *) (intptr_t) a, __ATOMIC_ACQUIRE); }
void torito_store_release_int(int64_t a, int32_t v) { __atomic_store_n((int32_t *) (intptr_t) a, v, __ATOMIC_RELEASE); }
void torito_store_release_long(int64_t a, int64_t v) { __atomic_store_n((int64_t *) (intptr_t) a, v, __ATOMIC_RELEASE); }
void torito_full_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
int32_t torito_cas_int(int64_t a, int32_t e, int32_t v) {
    return __atomic_compare_exchange_n((int32_t *) (intptr_t) a, &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int32_t torito_cas_long(int64_t a, int64_t e, int64_t v) {
    return __atomic_compare_exchange_n((int64_t *) (intptr_t) a, &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
void torito_copy_memory(int64_t to, int64_t from, int32_t length) {
    memcpy((void *) (intptr_t) to, (const void *) (intptr_t) from, (size_t) length);
}
/* A hosted build has no devices; the drivers find none and never touch MMIO. */
int32_t torito_device_count(void) { return 0; }
int64_t torito_device_base(int32_t i) { (void) i; abort(); }
int64_t torito_device_size(int32_t i) { (void) i; abort(); }
int32_t torito_device_type(int32_t i) { (void) i; abort(); }
int32_t torito_device_queues(int32_t i) { (void) i; abort(); }
int64_t torito_net_config(void) { return 0; }
int32_t torito_mmio_read32(int64_t a) { (void) a; abort(); }
void torito_mmio_write32(int64_t a, int32_t v) { (void) a; (void) v; abort(); }
int32_t torito_load_acquire_short(int64_t a) { return __atomic_load_n((uint16_t *) (intptr_t) a, __ATOMIC_ACQUIRE); }
void torito_store_release_short(int64_t a, int32_t v) { __atomic_store_n((uint16_t *) (intptr_t) a, (uint16_t) v, __ATOMIC_RELEASE); }
int64_t torito_dma_alloc(int64_t size, int64_t align) {
    void *p = 0;
    if (posix_memalign(&p, (size_t) align, (size_t) size) != 0) return 0;
    memset(p, 0, (size_t) size);
    return (int64_t) (intptr_t) p;
}
