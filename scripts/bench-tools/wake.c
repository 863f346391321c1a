/* The host's own wake-up of a sleeping process, the reference for a Torito core woken from IDLE
   (scripts/bench-doors): a child sleeps in futex_wait on shared memory; the parent, every 2 ms,
   bumps the word, wakes it and spins until the child's answer. Prints the median round trip in
   nanoseconds, the same shape as DoorCosts' "wake of a sleeping core". */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 300

struct shared { uint32_t request, reply; };

static long futex(uint32_t *word, int op, uint32_t value) {
    return syscall(SYS_futex, word, op, value, NULL, NULL, 0);
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
}

static int by_value(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
    return x < y ? -1 : x > y;
}

int main(void) {
    struct shared *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED) return 1;
    pid_t child = fork();
    if (child == 0) {
        uint32_t seen = 0;
        for (int i = 0; i < ROUNDS; i++) {
            while (__atomic_load_n(&s->request, __ATOMIC_ACQUIRE) == seen) futex(&s->request, FUTEX_WAIT, seen);
            seen = __atomic_load_n(&s->request, __ATOMIC_ACQUIRE);
            __atomic_store_n(&s->reply, seen, __ATOMIC_RELEASE);
        }
        _exit(0);
    }
    uint64_t rtt[ROUNDS];
    struct timespec pause = {0, 2000000};
    for (uint32_t i = 1; i <= ROUNDS; i++) {
        nanosleep(&pause, NULL);
        uint64_t start = now_ns();
        __atomic_store_n(&s->request, i, __ATOMIC_RELEASE);
        futex(&s->request, FUTEX_WAKE, 1);
        while (__atomic_load_n(&s->reply, __ATOMIC_ACQUIRE) != i) __builtin_ia32_pause();
        rtt[i - 1] = now_ns() - start;
    }
    waitpid(child, NULL, 0);
    qsort(rtt, ROUNDS, sizeof rtt[0], by_value);
    printf("%llu\n", (unsigned long long) rtt[ROUNDS / 2]);
    return 0;
}
