/* The host's own punctuality, the reference for a guest's Thread.sleep(50) (scripts/bench-sleep):
   THREADS threads, each at SCHED_FIFO 1 when the host grants it (as the monitor's sleeping
   vCPUs are), sleep 50 ms COUNT times with clock_nanosleep and record how long each took.
   Prints the longest sleep in microseconds and how many took over 52 ms. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int count = 50;
static uint64_t longest[64];
static int over[64];

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
}

static void *sleeper(void *arg) {
    int k = (int) (intptr_t) arg;
    struct sched_param fifo = {.sched_priority = 1};
    pthread_setschedparam(pthread_self(), SCHED_FIFO, &fifo);
    struct timespec fifty = {0, 50000000};
    for (int i = 0; i < count; i++) {
        uint64_t start = now_ns();
        clock_nanosleep(CLOCK_MONOTONIC, 0, &fifty, NULL);
        uint64_t took = now_ns() - start;
        if (took > longest[k]) longest[k] = took;
        if (took > 52000000u) over[k]++;
    }
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 4;
    if (argc > 2) count = atoi(argv[2]);
    if (threads < 1 || threads > 64 || count < 1) return 2;
    pthread_t t[64];
    for (int k = 0; k < threads; k++) pthread_create(&t[k], NULL, sleeper, (void *) (intptr_t) k);
    uint64_t max = 0;
    int late = 0;
    for (int k = 0; k < threads; k++) {
        pthread_join(t[k], NULL);
        if (longest[k] > max) max = longest[k];
        late += over[k];
    }
    printf("%llu %d\n", (unsigned long long) (max / 1000), late);
    return 0;
}
