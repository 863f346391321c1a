/* Memory from this core's own region (boot info cores[k].region). RAM is identity-mapped and
   committed, so there is nothing lazy: TeaVM's heap is sized once, at boot, from the region.

   The region is split in two:
     - a malloc arena (1/16 of it, at least 1 MiB) for the C runtime's own allocations;
     - an mmap pool, handed out bottom-up to TeaVM's teavm_initHeap reservations. */
#include "torito.h"
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096u
#define ALIGN_UP(x, a) (((x) + (a) - 1) & ~((uint64_t) (a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((uint64_t) (a) - 1))

static uint64_t pool_next, pool_end;
static int64_t heap_bytes;

/* --- malloc: address-ordered first-fit free list with coalescing. Each block has a
   16-byte header holding its total size; payloads are 16-byte aligned. --- */
struct block { size_t size; struct block *next; };
#define HEADER 16u
static struct block *free_list;

static void add_free(uint64_t base, uint64_t length) {
    uint64_t start = ALIGN_UP(base, 16), end = ALIGN_DOWN(base + length, 16);
    if (end <= start || end - start < 64) return;
    struct block *b = (struct block *) (uintptr_t) start;
    b->size = end - start;
    b->next = 0;
    /* insert in address order, merging with neighbours */
    struct block **link = &free_list;
    while (*link && *link < b) link = &(*link)->next;
    b->next = *link;
    *link = b;
    if (b->next && (char *) b + b->size == (char *) b->next) { b->size += b->next->size; b->next = b->next->next; }
    if (link != &free_list) {
        struct block *prev = (struct block *) ((char *) link - offsetof(struct block, next));
        if ((char *) prev + prev->size == (char *) b) { prev->size += b->size; prev->next = b->next; }
    }
}

void *malloc(size_t size) {
    if (size > ((size_t) 1 << 46)) { errno = ENOMEM; return 0; }
    size_t need = ALIGN_UP(size, 16) + HEADER;
    if (need < sizeof(struct block) + HEADER) need = sizeof(struct block) + HEADER;
    for (struct block **link = &free_list; *link; link = &(*link)->next) {
        struct block *b = *link;
        if (b->size < need) continue;
        if (b->size - need >= 64) {
            struct block *rest = (struct block *) ((char *) b + need);
            rest->size = b->size - need;
            rest->next = b->next;
            *link = rest;
            b->size = need;
        } else {
            *link = b->next;
        }
        return (char *) b + HEADER;
    }
    errno = ENOMEM;
    return 0;
}

void free(void *p) {
    if (!p) return;
    struct block *b = (struct block *) ((char *) p - HEADER);
    add_free((uint64_t) (uintptr_t) b, b->size);
}

void *calloc(size_t n, size_t size) {
    if (size && n > (size_t) -1 / size) { errno = ENOMEM; return 0; }
    void *p = malloc(n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

void *realloc(void *p, size_t size) {
    if (!p) return malloc(size);
    if (size == 0) { free(p); return 0; }
    size_t old = ((struct block *) ((char *) p - HEADER))->size - HEADER;
    if (old >= size) return p;
    void *q = malloc(size);
    if (!q) return 0;
    memcpy(q, p, old);
    free(p);
    return q;
}

/* --- mmap: a bump allocator over the pool. TeaVM reserves its heap and side tables once
   and commits/uncommits with mprotect, which is a no-op here: everything is RW already. --- */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset) {
    (void) prot; (void) fd; (void) offset;
    if (addr || !(flags & MAP_ANONYMOUS)) { errno = ENOSYS; return MAP_FAILED; }
    uint64_t size = ALIGN_UP((uint64_t) length, PAGE);
    if (size > pool_end - pool_next) { errno = ENOMEM; return MAP_FAILED; }
    void *result = (void *) (uintptr_t) pool_next;
    pool_next += size;
    /* No memset: the boot ABI promises usable RAM is zero at entry, and nothing else
       hands out pool memory, so anonymous-mapping semantics hold without touching pages. */
    return result;
}

int mprotect(void *addr, size_t length, int prot) { (void) addr; (void) length; (void) prot; return 0; }
int munmap(void *addr, size_t length) { (void) addr; (void) length; return 0; }

long sysconf(int name) {
    if (name == _SC_PAGESIZE) return PAGE;
    if (name == _SC_NPROCESSORS_ONLN || name == _SC_NPROCESSORS_CONF) return torito_boot->cpu_count;
    errno = EINVAL;
    return -1;
}

int64_t torito_heap_bytes(void) { return heap_bytes; }

void torito_memory_init(void) {
    /* Boot ABI v2: a core allocates only from its own region, so no allocator is shared. */
    const struct torito_core *cores = (const struct torito_core *) (uintptr_t) torito_boot->cores_addr;
    const struct torito_core *me = &cores[torito_core_index];
    uint64_t best_base = ALIGN_UP(me->region_base, PAGE);
    uint64_t end = ALIGN_DOWN(me->region_base + me->region_size, PAGE);
    uint64_t best_len = end > best_base ? end - best_base : 0;
    if (best_len < (8u << 20)) torito_panic("torito: this core's region (boot info cores[k].region) is smaller than 8 MiB");

    /* The C arena holds malloc's blocks, which are mostly the devices' DMA buffers: a network
       queue pair takes 2 MiB and a disk ~0.5 MiB per core, whatever the region's size. A
       sixteenth of the region alone left a 64 MiB VM of 2 cores (or 1 core of 32 MiB) with too
       little, and a program's first socket failed with "out of DMA memory". */
    uint64_t arena = ALIGN_UP(best_len / 16, PAGE);
    if (arena < (4u << 20)) arena = 4u << 20;
    if (arena > best_len / 2) arena = ALIGN_DOWN(best_len / 2, PAGE);
    add_free(best_base, arena);
    pool_next = best_base + arena;
    pool_end = best_base + best_len;

    /* teavm_initHeap(H, H) maps: heap H, GC work area H/16, region table 2*(H/2048+1),
       card table H/2048+1, each rounded up to a page. Pick the largest H that fits,
       leaving 4 pages for the rounding, and a multiple of 64 KiB. */
    uint64_t pool = pool_end - pool_next - 4 * PAGE;
    uint64_t h = pool / (2048 + 128 + 3) * 2048;
    heap_bytes = (int64_t) ALIGN_DOWN(h, 65536);
}
_Noreturn void torito_heap_full(void) { torito_panic("torito: out of memory: the Java heap is full of live objects"); }
