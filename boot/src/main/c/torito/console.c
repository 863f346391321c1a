/* Console: stdout and stderr both go to the monitor's console through CONSOLE_WRITE.
   Buffered, because every hypercall is an exit (~40 us): flushed on newline, when full,
   and at exit/panic. */
#include "torito.h"
#include "torito_guest.h"
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

static char buffer[4096];
static size_t used;

void torito_console_flush(void) {
    if (used) torito_hypercall(TORITO_PORT_CONSOLE_WRITE, (uint64_t) (uintptr_t) buffer, used);
    used = 0;
}

void torito_console_put(const char *bytes, size_t length) {
    int newline = 0;
    for (size_t i = 0; i < length; i++) {
        if (used == sizeof buffer) torito_console_flush();
        buffer[used++] = bytes[i];
        if (bytes[i] == '\n') newline = 1;
    }
    if (newline) torito_console_flush();
}

static void put_code_point(uint32_t c) {
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
    torito_console_put(b, n);
}

/* The stdio objects exist only so that `stderr`/`stdout` have addresses. */
FILE *stdout = (FILE *) &buffer;
FILE *stderr = (FILE *) &buffer;

wint_t putwchar(wchar_t c) { put_code_point((uint32_t) c); return (wint_t) c; }
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
    (void) f;
    torito_console_put(p, size * count);
    return count;
}
int fputs(const char *s, FILE *f) { (void) f; size_t n = 0; while (s[n]) n++; torito_console_put(s, n); return 1; }
int fputc(int c, FILE *f) { (void) f; return putchar(c); }

static void put_unsigned(unsigned long long v, unsigned base, int width, char pad) {
    char digits[24];
    int n = 0;
    do { digits[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
    while (width-- > n) torito_console_put(&pad, 1);
    while (n) torito_console_put(&digits[--n], 1);
}

/* The subset of printf that TeaVM's runtime uses (%ls, %d, PRId32...) and a little more:
   flags '0', a width, length modifiers l/ll/z, conversions d i u x p s ls c %. */
int vfprintf(FILE *f, const char *fmt, va_list ap) {
    (void) f;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { torito_console_put(p, 1); continue; }
        p++;
        char pad = ' ';
        int width = 0, longs = 0;
        if (*p == '0') { pad = '0'; p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l' || *p == 'z') { longs++; p++; }
        switch (*p) {
        case 'd': case 'i': {
            long long v = longs ? va_arg(ap, long long) : va_arg(ap, int);
            if (v < 0) { torito_console_put("-", 1); put_unsigned(0ULL - (unsigned long long) v, 10, width - 1, pad); }
            else put_unsigned((unsigned long long) v, 10, width, pad);
            break;
        }
        case 'u': put_unsigned(longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 10, width, pad); break;
        case 'x': put_unsigned(longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 16, width, pad); break;
        case 'p': torito_console_put("0x", 2); put_unsigned((uintptr_t) va_arg(ap, void *), 16, width, pad); break;
        case 'c': { char c = (char) va_arg(ap, int); torito_console_put(&c, 1); break; }
        case 's':
            if (longs) {
                const wchar_t *w = va_arg(ap, const wchar_t *);
                while (w && *w) put_code_point((uint32_t) *w++);
            } else {
                const char *s = va_arg(ap, const char *);
                if (!s) s = "(null)";
                size_t n = 0;
                while (s[n]) n++;
                torito_console_put(s, n);
            }
            break;
        case '%': torito_console_put("%", 1); break;
        case '\0': return 0;
        default: torito_console_put(p - 1, 2); break;
        }
    }
    return 0;
}

int fprintf(FILE *f, const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(f, fmt, ap); va_end(ap); return 0; }
int printf(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(stdout, fmt, ap); va_end(ap); return 0; }

/* System.err: the same console as stdout, so the two stay in the order they were written. */
void torito_write_stderr(void *bytes, int32_t length) { torito_console_put(bytes, (size_t) length); }
