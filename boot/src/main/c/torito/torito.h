/* Internal interface between the parts of Torito's platform layer. */
#pragma once
#include <stddef.h>
#include <stdint.h>

#define TORITO_BOOT_MAGIC   0x49524F54u
#define TORITO_BOOT_VERSION 2u       /* the oldest this guest runs on; version 3 adds the door page */
#define TORITO_BOOT_HEADER_V3 136u

#define TORITO_PORT_CONSOLE_WRITE 0x510
#define TORITO_PORT_EXIT          0x511
#define TORITO_PORT_PANIC         0x512
#define TORITO_PORT_MARK          0x514
#define TORITO_PORT_ERROR_WRITE   0x515
#define TORITO_PORT_IDLE          0x516

/* Door page operations besides the hypercall ports (docs/boot-abi.md, "Door page"). */
#define TORITO_DOOR_DOORBELL     0x520
#define TORITO_DOOR_MMIO_READ32  0x521
#define TORITO_DOOR_MMIO_WRITE32 0x522
#define TORITO_DOOR_SET_FS       0x523

/* How long before a deadline a waiting core stops sleeping in IDLE and spins on the TSC. */
#define TORITO_IDLE_MARGIN_NS 200000ull

#define TORITO_MARK_ENTRY 1
#define TORITO_MARK_MAIN  2

struct torito_mem_region { uint64_t base, length; uint32_t type, reserved; };
struct torito_core { uint64_t stack_bottom, stack_top, region_base, region_size; };

/* Boot info, version 3 (docs/boot-abi.md); door_page is there when header_size >= 136. */
struct torito_boot_info {
    uint32_t magic, version, header_size, cpu_count;
    uint64_t tsc_hz, ram_size, cmdline_addr;
    uint32_t cmdline_len, mem_region_count;
    uint64_t mem_regions_addr, image_start, image_end, cores_addr;
    uint32_t device_count, reserved0;
    uint64_t devices_addr, shared_base, shared_size;
    uint32_t flags, reserved1;
    uint64_t doorbell_base;
    uint64_t door_page;
    /* Version 4 (header_size >= 176); read only through torito_boot_has_v4(). */
    int64_t wall_clock_ns;
    uint64_t wall_clock_tsc;
    uint64_t env_addr;
    uint32_t env_len, properties_len;
    uint64_t properties_addr;
    /* Appended to version 4 (header_size >= 192); read only through torito_boot_has_mounts(). */
    uint64_t mounts_addr;
    uint32_t mounts_len, reserved2;
};

/* True when the monitor wrote version 4's fields: the wall clock, the environment and properties. */
static inline int torito_boot_has_v4(const struct torito_boot_info *b) { return b->header_size >= 176; }
_Static_assert(sizeof(struct torito_boot_info) == 192, "the boot info header is 192 bytes (docs/boot-abi.md)");
/* True when the monitor wrote the disks' mount table (java.io and java.nio.file see those disks). */
static inline int torito_boot_has_mounts(const struct torito_boot_info *b) { return b->header_size >= 192; }

extern const struct torito_boot_info *torito_boot;
/* This core's number, 0 ... cpu_count-1 (each core has its own copy: .bss is per core). */
extern uint32_t torito_core_index;

uint64_t torito_nanos_since_boot(void);
/* Nanoseconds since the Unix epoch: CLOCK_REALTIME. */
int64_t torito_epoch_nanos(void);

/* The door page's entry when the monitor gives one (the process backend), else 0: then
   hypercalls are port writes and doorbells stores, which KVM catches. Set once at entry. */
typedef uint64_t (*torito_door_fn)(uint64_t op, uint64_t a, uint64_t b);
extern torito_door_fn torito_door;

/* One hypercall: through the door page, or one `out` to its port (the monitor reads RDI/RSI
   at the exit). */
static inline void torito_hypercall(uint16_t port, uint64_t rdi, uint64_t rsi) {
    if (torito_door) {
        torito_door(port, rdi, rsi);
        return;
    }
    __asm__ volatile("outb %%al, %%dx" : : "d"(port), "a"(0), "D"(rdi), "S"(rsi) : "memory");
}

static inline uint64_t torito_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t) hi << 32) | lo;
}

_Noreturn void torito_panic(const char *message);
_Noreturn void torito_exit(int code);

void torito_console_put(const char *bytes, size_t length);
void torito_console_flush(void);

/* Memory: set up from the boot-info memory map before anything allocates. */
void torito_memory_init(void);
void torito_time_init(void);
int64_t torito_heap_bytes(void);

/* Splits a command line in place into at most max_args arguments; returns the count. */
int torito_split_cmdline(char *line, char **argv, int max_args);
/* Drops the words meant for the kernel (virtio_mmio.device=...) from argv; returns the new argc. */
int torito_drop_kernel_args(char **argv, int argc);
/* The value of the torito.net= word torito_drop_kernel_args dropped, or 0 (points into the line). */
const char *torito_net_arg(void);
