/* Console: standard output goes to the monitor's stdout through CONSOLE_WRITE, standard
   error to its stderr through ERROR_WRITE. Each is buffered, because every hypercall is an
   exit (~40 us): flushed on newline, when full, and at exit/panic. Before one stream takes
   bytes the other is flushed, so a terminal showing both sees them in the order written. */
#include "torito.h"
#include "torito_guest.h"
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

struct channel {
    uint16_t port;
    size_t used;
    char buffer[4096];
};

static struct channel out = {TORITO_PORT_CONSOLE_WRITE, 0, {0}};
static struct channel err = {TORITO_PORT_ERROR_WRITE, 0, {0}};

static void flush_channel(struct channel *c) {
    if (c->used) torito_hypercall(c->port, (uint64_t) (uintptr_t) c->buffer, c->used);
    c->used = 0;
}

void torito_console_flush(void) {
    flush_channel(&err);
    flush_channel(&out);
}

static void put(struct channel *c, const char *bytes, size_t length) {
    flush_channel(c == &out ? &err : &out);
    int newline = 0;
    for (size_t i = 0; i < length; i++) {
        if (c->used == sizeof c->buffer) flush_channel(c);
        c->buffer[c->used++] = bytes[i];
        if (bytes[i] == '\n') newline = 1;
    }
    if (newline) flush_channel(c);
}

void torito_console_put(const char *bytes, size_t length) { put(&out, bytes, length); }

static void put_code_point(struct channel *ch, uint32_t c) {
    char b[4];
    size_t n;
    if (c < 0x80) { b[0] = (char) c; n = 1; }
    else if (c < 0x800) { b[0] = (char) (0xC0 | c >> 6); b[1] = (char) (0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        b[0] = (char) (0xE0 | c >> 12); b[1] = (char) (0x80 | ((c >> 6) & 0x3F));
        b[2] = (char) (0x80 | (c & 0x3F)); n = 3;
    } else {
        b[0] = (char) (0xF0 | c >> 18); b[1] = (char) (0x80 | ((c >> 12) & 0x3F));
        b[2] = (char) (0x80 | ((c >> 6) & 0x3F)); b[3] = (char) (0x80 | (c & 0x3F)); n = 4;
    }
    put(ch, b, n);
}

/* The stdio objects are the channels themselves; TeaVM's runtime writes its fatal messages to
   stderr through fprintf. */
FILE *stdout = (FILE *) &out;
FILE *stderr = (FILE *) &err;
#define CHANNEL(f) ((struct channel *) (f) == &err ? &err : &out)

wint_t putwchar(wchar_t c) { put_code_point(&out, (uint32_t) c); return (wint_t) c; }
int putchar(int c) { char b = (char) c; torito_console_put(&b, 1); return c & 0xFF; }
int puts(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    torito_console_put(s, n);
    torito_console_put("\n", 1);
    return 1;
}
int fflush(FILE *f) { (void) f; torito_console_flush(); return 0; }
size_t fwrite(const void *p, size_t size, size_t count, FILE *f) {
    put(CHANNEL(f), p, size * count);
    return count;
}
int fputs(const char *s, FILE *f) { size_t n = 0; while (s[n]) n++; put(CHANNEL(f), s, n); return 1; }
int fputc(int c, FILE *f) { char b = (char) c; put(CHANNEL(f), &b, 1); return c & 0xFF; }

static void put_unsigned(struct channel *ch, unsigned long long v, unsigned base, int width, char pad) {
    char digits[24];
    int n = 0;
    do { digits[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
    while (width-- > n) put(ch, &pad, 1);
    while (n) put(ch, &digits[--n], 1);
}

/* The subset of printf that TeaVM's runtime uses (%ls, %d, PRId32...) and a little more:
   flags '0', a width, length modifiers l/ll/z, conversions d i u x p s ls c %. */
int vfprintf(FILE *f, const char *fmt, va_list ap) {
    struct channel *ch = CHANNEL(f);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { put(ch, p, 1); continue; }
        p++;
        char pad = ' ';
        int width = 0, longs = 0;
        if (*p == '0') { pad = '0'; p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l' || *p == 'z') { longs++; p++; }
        switch (*p) {
        case 'd': case 'i': {
            long long v = longs ? va_arg(ap, long long) : va_arg(ap, int);
            if (v < 0) { put(ch, "-", 1); put_unsigned(ch, 0ULL - (unsigned long long) v, 10, width - 1, pad); }
            else put_unsigned(ch, (unsigned long long) v, 10, width, pad);
            break;
        }
        case 'u': put_unsigned(ch, longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 10, width, pad); break;
        case 'x': put_unsigned(ch, longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 16, width, pad); break;
        case 'p': put(ch, "0x", 2); put_unsigned(ch, (uintptr_t) va_arg(ap, void *), 16, width, pad); break;
        case 'c': { char c = (char) va_arg(ap, int); put(ch, &c, 1); break; }
        case 's':
            if (longs) {
                const wchar_t *w = va_arg(ap, const wchar_t *);
                while (w && *w) put_code_point(ch, (uint32_t) *w++);
            } else {
                const char *s = va_arg(ap, const char *);
                if (!s) s = "(null)";
                size_t n = 0;
                while (s[n]) n++;
                put(ch, s, n);
            }
            break;
        case '%': put(ch, "%", 1); break;
        case '\0': return 0;
        default: put(ch, p - 1, 2); break;
        }
    }
    return 0;
}

int fprintf(FILE *f, const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(f, fmt, ap); va_end(ap); return 0; }
int printf(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(stdout, fmt, ap); va_end(ap); return 0; }

/* System.err. */
void torito_write_stderr(void *bytes, int32_t length) { put(&err, bytes, (size_t) length); }
