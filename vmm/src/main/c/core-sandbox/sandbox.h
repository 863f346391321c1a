/* The parts of a core's sandbox process (docs/architecture.md, "The process backend"). */
#pragma once
#include <stdint.h>
#include "protocol.h"

/* File descriptors after set-up: the control socket, then each core's doorbell, then one per
   queue notification, then (where the kernel has it) this process's own schedstat, read-only,
   from which IDLE tells the guest how long the host kept it off a CPU. Nothing else stays open. */
#define FD_CONTROL 3
#define FD_FIRST_DOORBELL 4

#define MAX_CPUS 64
#define MAX_NOTIFIES 256

struct notify { uint64_t address, value; int fd; };

struct sandbox {
    uint64_t core, cpus, notify_count;
    int own_doorbell;
    int schedstat;  /* -1 where the kernel keeps no per-task schedstat */
    struct notify notifies[MAX_NOTIFIES];
};
extern struct sandbox sandbox;

/* The only instruction allowed to make a system call once the filter is on: it lives in the
   section torito_doors, and the filter checks the caller's instruction pointer against it. */
long door_syscall(long nr, long a, long b, long c, long d);

/* Sends one exit to the monitor and returns its one-word answer; ends the process if the
   monitor is gone. */
uint64_t forward(uint64_t *message);
_Noreturn void die(int code);

/* The door page's target (doors.c). */
uint64_t door(uint64_t op, uint64_t a, uint64_t b);

void install_trap_handlers(void *altstack, uint64_t size);  /* traps.c */
int install_filter(void);                                     /* filter.c */
