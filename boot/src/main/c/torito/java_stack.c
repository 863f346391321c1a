/* The limit of the Java stack: where a Java method's entry throws StackOverflowError.
 *
 * TeaVM's C has no stack check, so recursion past the end of a core's stack ran into the guard
 * page: a fault, exit 70, where Java throws StackOverflowError and lets the program catch it.
 * The build patches TeaVM's TEAVM_ALLOC_STACK, which opens every Java method, to compare the
 * stack pointer with torito_stack_limit first (GeneratedCodePatch; docs/aot-pipeline.md, "Stack
 * overflow"). The compare is one instruction against a variable of this core: .bss is per core
 * in a guest, and a hosted build has one thread.
 *
 * Below the armed limit lies a reserve for raising the error: creating it runs Java (the
 * constructor, the stack trace), and so does every finally block on the way out. While the error
 * is raised the limit drops to the floor, so that this work is not itself stopped, and it
 * comes back when an exception lands in a handler above the armed limit, as HotSpot re-arms its
 * yellow zone. What runs past the floor (C code of TeaVM's runtime, the GC) has the floor's
 * bytes, then the guard page. */
#include <stdint.h>
#include "torito_guest.h"

_Noreturn void torito_panic(const char *message);

/* org.torito.guest.runtime.StackOverflows.raise() as TeaVM names it in C; the build's plugin
   keeps it in every image. Weak, so that C-only test programs link without it. */
extern void meth_otgr_StackOverflows_raise(void) __attribute__((weak));

#define RESERVE (96u * 1024u)
#define FLOOR   (32u * 1024u)

uintptr_t torito_stack_limit;
static uintptr_t armed_limit, floor_limit;
static int raising;

void torito_stack_init(uint64_t bottom, uint64_t top) {
    if (top - bottom <= RESERVE) torito_panic("torito: the stack is smaller than the StackOverflowError reserve (96 KiB)");
    armed_limit = (uintptr_t) bottom + RESERVE;
    floor_limit = (uintptr_t) bottom + FLOOR;
    torito_stack_limit = armed_limit;
}

void torito_stack_overflow(void) {
    if (raising) torito_panic("torito: stack overflow while raising StackOverflowError (its reserve is used up)");
    if (!meth_otgr_StackOverflows_raise) torito_panic("torito: stack overflow");
    raising = 1;
    torito_stack_limit = floor_limit;
    meth_otgr_StackOverflows_raise();
    torito_panic("torito: StackOverflows.raise returned");
}

void torito_stack_raised(void) {
    raising = 0;
}

void torito_stack_rearm(void) {
    if ((uintptr_t) __builtin_frame_address(0) >= armed_limit) torito_stack_limit = armed_limit;
}
