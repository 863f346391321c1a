/* C functions that fault on purpose, linked into FaultingGuest's image: each one is a way a
   real guest dies, and the monitor must report it and stop. */
#include <stdint.h>

void torito_test_null_store(void) {
    *(volatile int *) 0 = 42;
}

void torito_test_ud2(void) {
    __asm__ volatile("ud2");
}

/* 1 TiB: far above any test VM's RAM, so no page table maps it. */
void torito_test_unmapped_store(void) {
    *(volatile uint64_t *) (uintptr_t) 0x10000000000ull = 42;
}
