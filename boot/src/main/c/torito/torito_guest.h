/* Platform functions that Java code in torito-guest calls through TeaVM's @Import. Both the
 * guest platform layer and the hosted stand-in (boot/src/main/c/hosted) define them. */
#ifndef TORITO_GUEST_H
#define TORITO_GUEST_H
#include <stdint.h>

/* System.err's bytes (org.torito.guest.runtime.StandardError). */
void torito_write_stderr(void *bytes, int32_t length);

/* The kernel (org.torito.guest.kernel): cores.c in a guest. Addresses are int64_t. */
int32_t torito_core(void);
int32_t torito_cores(void);
int64_t torito_uptime_nanos(void);
int64_t torito_tsc_hz(void);
/* Nanoseconds since the Unix epoch: System.currentTimeMillis, nanoTime and TeaVM's event queue. */
int64_t torito_clock_nanos(void);
/* The config's environment and system properties: name NUL value NUL pairs (address 0 if none). */
int64_t torito_env_addr(void);
int32_t torito_env_len(void);
int64_t torito_properties_addr(void);
int32_t torito_properties_len(void);
/* The disks' mount points: disk index NUL mount path NUL pairs (address 0 if no disk is mounted). */
int64_t torito_mounts_addr(void);
int32_t torito_mounts_len(void);
/* 1 when every core runs the program's main (the config's "main": "every-core"), else 0. */
int32_t torito_main_on_every_core(void);
int64_t torito_shared_base(void);
int64_t torito_shared_size(void);
void torito_doorbell(int32_t core);
/* Sleeps until nanos have passed (< 0: no limit) or this core's doorbell rings. */
int64_t torito_idle(int64_t nanos, int64_t spin);
void torito_cpu_relax(void);
int32_t torito_load_acquire_int(int64_t address);
int64_t torito_load_acquire_long(int64_t address);
void torito_store_release_int(int64_t address, int32_t value);
void torito_store_release_long(int64_t address, int64_t value);
void torito_full_fence(void);
int32_t torito_cas_int(int64_t address, int32_t expected, int32_t value);
int32_t torito_cas_long(int64_t address, int64_t expected, int64_t value);
void torito_copy_memory(int64_t to, int64_t from, int32_t length);

/* Devices (devices.c in a guest; none in a hosted build). */
int32_t torito_device_count(void);
int64_t torito_device_base(int32_t index);
int64_t torito_device_size(int32_t index);
int32_t torito_device_type(int32_t index);
int32_t torito_device_queues(int32_t index);
int32_t torito_mmio_read32(int64_t address);
void torito_mmio_write32(int64_t address, int32_t value);
int32_t torito_load_acquire_short(int64_t address);
void torito_store_release_short(int64_t address, int32_t value);
int64_t torito_dma_alloc(int64_t size, int64_t align);
/* The address of the NUL-terminated value of the monitor's torito.net= command-line word, or 0. */
int64_t torito_net_config(void);

/* The Java stack's limit (java_stack.c in both builds): set per core before Java runs; the
 * patched TEAVM_ALLOC_STACK calls torito_stack_overflow below it, TEAVM_CATCH calls
 * torito_stack_rearm, and StackOverflows.raise calls torito_stack_raised before it throws. */
extern uintptr_t torito_stack_limit;
void torito_stack_init(uint64_t bottom, uint64_t top);
void torito_stack_overflow(void);
void torito_stack_raised(void);
void torito_stack_rearm(void);

#endif
