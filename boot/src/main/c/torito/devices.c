/* Devices as the boot info lists them (docs/boot-abi.md, devices_addr), their MMIO registers,
   and memory a device may read and write (DMA memory) for the Java drivers in torito-guest.

   DMA memory comes from this core's malloc arena: it is RAM of this core's own region,
   identity-mapped, so its address is the guest-physical address a device sees, and it never
   moves, unlike a Java array that the collector may compact. */
#include "torito.h"
#include "torito_guest.h"
#include <stdlib.h>
#include <string.h>

struct torito_device { uint64_t base, size; uint32_t type, queue_count, irq, reserved; };

static const struct torito_device *device(int32_t index) {
    if (index < 0 || (uint32_t) index >= torito_boot->device_count) torito_panic("torito: no such device");
    return &((const struct torito_device *) (uintptr_t) torito_boot->devices_addr)[index];
}

int32_t torito_device_count(void) { return (int32_t) torito_boot->device_count; }
int64_t torito_device_base(int32_t index) { return (int64_t) device(index)->base; }
int64_t torito_device_size(int32_t index) { return (int64_t) device(index)->size; }
int32_t torito_device_type(int32_t index) { return (int32_t) device(index)->type; }
int32_t torito_device_queues(int32_t index) { return (int32_t) device(index)->queue_count; }

/* Each MMIO access is one exit to the monitor: for setting a device up, never per request.
   The exception is a queue notification, which the monitor catches without an exit (an
   ioeventfd under KVM, an eventfd write in the door page of a process). */
int32_t torito_mmio_read32(int64_t address) {
    if (torito_door) return (int32_t) torito_door(TORITO_DOOR_MMIO_READ32, (uint64_t) address, 0);
    return (int32_t) *(volatile uint32_t *) (uintptr_t) address;
}

void torito_mmio_write32(int64_t address, int32_t value) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (torito_door) {
        torito_door(TORITO_DOOR_MMIO_WRITE32, (uint64_t) address, (uint64_t) (uint32_t) value);
        return;
    }
    *(volatile uint32_t *) (uintptr_t) address = (uint32_t) value;
}

int32_t torito_load_acquire_short(int64_t address) {
    return __atomic_load_n((uint16_t *) (uintptr_t) address, __ATOMIC_ACQUIRE);
}

void torito_store_release_short(int64_t address, int32_t value) {
    __atomic_store_n((uint16_t *) (uintptr_t) address, (uint16_t) value, __ATOMIC_RELEASE);
}

/* Zeroed, aligned DMA memory that lives as long as the core; 0 when the arena is full. */
int64_t torito_dma_alloc(int64_t size, int64_t align) {
    if (size <= 0 || align <= 0 || (align & (align - 1)) != 0 || align > 65536) return 0;
    char *raw = malloc((size_t) size + (size_t) align);
    if (!raw) return 0;
    uintptr_t aligned = ((uintptr_t) raw + (uintptr_t) align - 1) & ~((uintptr_t) align - 1);
    memset((void *) aligned, 0, (size_t) size);
    return (int64_t) aligned;
}

/* The network address the monitor put on the command line (docs/boot-abi.md), for org.torito.guest.Network. */
int64_t torito_net_config(void) { return (int64_t) (uintptr_t) torito_net_arg(); }
