/* The reference for the guest's inter-core ping-pong: two host threads on two cores bounce a
   counter through one shared cache line, spinning, as the guest's cores do through the shared
   region. Prints the median round trip in ns. Built by scripts/bench-cores. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define ROUNDS 100000
static _Alignas(64) volatile uint64_t ball;
static uint64_t rtt[ROUNDS];

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
}

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

static void *pong(void *unused) {
    (void) unused;
    pin(1);
    for (uint64_t i = 1; i <= ROUNDS; i++) {
        while (__atomic_load_n(&ball, __ATOMIC_ACQUIRE) != 2 * i - 1) { }
        __atomic_store_n(&ball, 2 * i, __ATOMIC_RELEASE);
    }
    return 0;
}

static int compare(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
    return x < y ? -1 : x > y;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, 0, pong, 0);
    pin(0);
    for (uint64_t i = 1; i <= ROUNDS; i++) {
        uint64_t t0 = now_ns();
        __atomic_store_n(&ball, 2 * i - 1, __ATOMIC_RELEASE);
        while (__atomic_load_n(&ball, __ATOMIC_ACQUIRE) != 2 * i) { }
        rtt[i - 1] = now_ns() - t0;
    }
    pthread_join(t, 0);
    qsort(rtt, ROUNDS, sizeof rtt[0], compare);
    printf("%llu\n", (unsigned long long) rtt[ROUNDS / 2]);
    return 0;
}
