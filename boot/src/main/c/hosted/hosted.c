/* The two platform symbols TeaVM's patched C needs when built as a hosted Linux program
 * (ImageBuilder.buildHosted); glibc supplies everything else. */
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

void torito_write_stderr(void *bytes, int32_t length) {
    fwrite(bytes, 1, (size_t) length, stderr);
}
