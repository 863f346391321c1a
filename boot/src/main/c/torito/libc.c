/* The rest of the C library surface that TeaVM's generated code links against.
   Compiled with -fno-builtin and -fno-tree-loop-distribute-patterns so gcc does not turn
   these loops back into calls to themselves. */
#include "torito.h"
#include <errno.h>
#include <locale.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <wchar.h>

static int errno_value;
int *__errno_location(void) { return &errno_value; }

/* --- memory and strings --- */
void *memcpy(void *restrict d, const void *restrict s, size_t n) {
    void *r = d;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return r;
}
void *memmove(void *d, const void *s, size_t n) {
    unsigned char *dd = d;
    const unsigned char *ss = s;
    if (dd <= ss || dd >= ss + n) return memcpy(d, s, n);
    while (n--) dd[n] = ss[n];
    return d;
}
void *memset(void *d, int c, size_t n) {
    void *r = d;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return r;
}
int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++) if (x[i] != y[i]) return x[i] - y[i];
    return 0;
}
void *memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    for (size_t i = 0; i < n; i++) if (p[i] == (unsigned char) c) return (void *) (p + i);
    return 0;
}
size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
int strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char) *a - (unsigned char) *b;
}
int strncmp(const char *a, const char *b, size_t n) {
    for (; n; n--, a++, b++) {
        if (*a != *b) return (unsigned char) *a - (unsigned char) *b;
        if (!*a) return 0;
    }
    return 0;
}
char *strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)); return r; }
char *strchr(const char *s, int c) {
    for (;; s++) { if (*s == (char) c) return (char *) s; if (!*s) return 0; }
}
size_t wcslen(const wchar_t *s) { size_t n = 0; while (s[n]) n++; return n; }

/* --- time: the TSC at the boot-info frequency. CLOCK_MONOTONIC counts from this core's start;
   CLOCK_REALTIME adds the wall clock the monitor reads just before the cores run (boot info
   version 4: the host's time and the guest TSC that went with it), so every core tells the same
   time. Without it (an older monitor) CLOCK_REALTIME starts at the Unix epoch at boot. --- */
static uint64_t tsc_at_boot;
static int64_t epoch_at_boot_ns;
static int64_t ticks_to_nanos(int64_t ticks) {
    uint64_t hz = torito_boot->tsc_hz, t = (uint64_t) (ticks < 0 ? -ticks : ticks);
    int64_t ns = (int64_t) (t / hz * 1000000000ull + t % hz * 1000000000ull / hz);
    return ticks < 0 ? -ns : ns;
}
void torito_time_init(void) {
    if (torito_boot->tsc_hz == 0) torito_panic("torito: boot info tsc_hz is 0");
    tsc_at_boot = torito_rdtsc();
    if (torito_boot_has_v4(torito_boot) && torito_boot->wall_clock_ns > 0)
        epoch_at_boot_ns = torito_boot->wall_clock_ns
                + ticks_to_nanos((int64_t) (tsc_at_boot - torito_boot->wall_clock_tsc));
}
uint64_t torito_nanos_since_boot(void) {
    return (uint64_t) ticks_to_nanos((int64_t) (torito_rdtsc() - tsc_at_boot));
}
int64_t torito_epoch_nanos(void) { return epoch_at_boot_ns + (int64_t) torito_nanos_since_boot(); }
int clock_gettime(clockid_t clock, struct timespec *ts) {
    int64_t ns = clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE ? torito_epoch_nanos()
            : (int64_t) torito_nanos_since_boot();
    ts->tv_sec = (time_t) (ns / 1000000000ll);
    ts->tv_nsec = (long) (ns % 1000000000ll);
    return 0;
}
time_t time(time_t *t) {
    time_t now = (time_t) (torito_epoch_nanos() / 1000000000ll);
    if (t) *t = now;
    return now;
}

/* --- calendar. TeaVM's java.util.Date breaks times down with the C library's calendar
   functions. A guest has no time zones: its local time is UTC, so mktime is timegm and
   localtime_r is gmtime_r. Days to and from civil dates by the proleptic Gregorian rules
   (400-year eras of 146097 days, years starting in March so that leap days come last). */
static int64_t days_from_civil(int64_t year, int month, int day) {
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

struct tm *gmtime_r(const time_t *timer, struct tm *t) {
    int64_t seconds = (int64_t) *timer;
    int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    int64_t rest = seconds - days * 86400;
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t day_of_era = z - era * 146097;
    int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int64_t mp = (5 * day_of_year + 2) / 153;
    int day = (int) (day_of_year - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int64_t year = year_of_era + era * 400 + (month <= 2);
    memset(t, 0, sizeof *t);
    t->tm_year = (int) (year - 1900);
    t->tm_mon = month - 1;
    t->tm_mday = day;
    t->tm_hour = (int) (rest / 3600);
    t->tm_min = (int) (rest / 60 % 60);
    t->tm_sec = (int) (rest % 60);
    t->tm_wday = (int) (((days % 7) + 11) % 7);  /* 1970-01-01 was a Thursday */
    t->tm_yday = (int) (days - days_from_civil(year, 1, 1));
    return t;
}

struct tm *localtime_r(const time_t *timer, struct tm *t) { return gmtime_r(timer, t); }

/* Fields out of range (an hour of 30, a month of -1) carry over, as C specifies; t is rewritten normalised. */
time_t timegm(struct tm *t) {
    int64_t month = t->tm_mon;
    int64_t year = t->tm_year + 1900 + (month >= 0 ? month / 12 : -((11 - month) / 12));
    month -= (year - 1900 - t->tm_year) * 12;
    int64_t seconds = (days_from_civil(year, (int) month + 1, 1) + t->tm_mday - 1) * 86400
            + (int64_t) t->tm_hour * 3600 + (int64_t) t->tm_min * 60 + t->tm_sec;
    time_t result = (time_t) seconds;
    gmtime_r(&result, t);
    return result;
}

time_t mktime(struct tm *t) { return timegm(t); }

static const char *const weekday_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};

/* value in decimal, at least width digits, padded with pad ('0' or ' '); returns the end. */
static char *put_number(char *to, int64_t value, int width, char pad) {
    char digits[24];
    int n = 0;
    int negative = value < 0;
    uint64_t magnitude = negative ? (uint64_t) -value : (uint64_t) value;
    do { digits[n++] = (char) ('0' + magnitude % 10); magnitude /= 10; } while (magnitude);
    if (negative) *to++ = '-';
    for (int i = n; i < width; i++) *to++ = pad;
    while (n) *to++ = digits[--n];
    return to;
}

static char *put_text(char *to, const char *text, size_t length) {
    memcpy(to, text, length);
    return to + length;
}

/* The C locale's conversions that TeaVM's Date uses ("%a %b %d %H:%M:%S %Z %Y") and the other
   common ones; an unknown conversion is copied as written. Returns 0 when max is too small. */
size_t strftime(char *restrict out, size_t max, const char *restrict format, const struct tm *restrict t) {
    size_t n = 0;
    char field[64];
    for (const char *f = format; *f; f++) {
        char *end = field;
        if (*f != '%' || !f[1]) {
            *end++ = *f;
        } else {
            int year = t->tm_year + 1900;
            int hour12 = t->tm_hour % 12 == 0 ? 12 : t->tm_hour % 12;
            const char *weekday = weekday_names[(t->tm_wday % 7 + 7) % 7];
            const char *month = month_names[(t->tm_mon % 12 + 12) % 12];
            switch (*++f) {
            case 'a': end = put_text(end, weekday, 3); break;
            case 'A': end = put_text(end, weekday, strlen(weekday)); break;
            case 'b': case 'h': end = put_text(end, month, 3); break;
            case 'B': end = put_text(end, month, strlen(month)); break;
            case 'c':
                end = put_text(end, weekday, 3); *end++ = ' ';
                end = put_text(end, month, 3); *end++ = ' ';
                end = put_number(end, t->tm_mday, 2, ' '); *end++ = ' ';
                end = put_number(end, t->tm_hour, 2, '0'); *end++ = ':';
                end = put_number(end, t->tm_min, 2, '0'); *end++ = ':';
                end = put_number(end, t->tm_sec, 2, '0'); *end++ = ' ';
                end = put_number(end, year, 1, '0');
                break;
            case 'd': end = put_number(end, t->tm_mday, 2, '0'); break;
            case 'e': end = put_number(end, t->tm_mday, 2, ' '); break;
            case 'D':
                end = put_number(end, t->tm_mon + 1, 2, '0'); *end++ = '/';
                end = put_number(end, t->tm_mday, 2, '0'); *end++ = '/';
                end = put_number(end, year % 100, 2, '0');
                break;
            case 'F':
                end = put_number(end, year, 1, '0'); *end++ = '-';
                end = put_number(end, t->tm_mon + 1, 2, '0'); *end++ = '-';
                end = put_number(end, t->tm_mday, 2, '0');
                break;
            case 'H': end = put_number(end, t->tm_hour, 2, '0'); break;
            case 'I': end = put_number(end, hour12, 2, '0'); break;
            case 'j': end = put_number(end, t->tm_yday + 1, 3, '0'); break;
            case 'm': end = put_number(end, t->tm_mon + 1, 2, '0'); break;
            case 'M': end = put_number(end, t->tm_min, 2, '0'); break;
            case 'p': end = put_text(end, t->tm_hour < 12 ? "AM" : "PM", 2); break;
            case 'R':
                end = put_number(end, t->tm_hour, 2, '0'); *end++ = ':';
                end = put_number(end, t->tm_min, 2, '0');
                break;
            case 'S': end = put_number(end, t->tm_sec, 2, '0'); break;
            case 'T':
                end = put_number(end, t->tm_hour, 2, '0'); *end++ = ':';
                end = put_number(end, t->tm_min, 2, '0'); *end++ = ':';
                end = put_number(end, t->tm_sec, 2, '0');
                break;
            case 'y': end = put_number(end, year % 100, 2, '0'); break;
            case 'Y': end = put_number(end, year, 1, '0'); break;
            case 'z': end = put_text(end, "+0000", 5); break;
            case 'Z': end = put_text(end, "UTC", 3); break;
            case '%': *end++ = '%'; break;
            default: *end++ = '%'; *end++ = *f; break;
            }
        }
        size_t length = (size_t) (end - field);
        if (n + length >= max) {
            return 0;
        }
        memcpy(out + n, field, length);
        n += length;
    }
    out[n] = 0;
    return n;
}

/* --- signals and the event-queue timer. TeaVM arms one timer, then sigwaitinfo()s for
   it when its event queue has nothing to run before a deadline (Thread.sleep, timeouts).
   There are no signals here: the timer is a remembered deadline and sigwaitinfo waits
   for it with IDLE and the TSC. raise() marks it pending so the next wait returns at once.
   org.torito.guest.kernel.CoreIdle replaces TeaVM's wait in images (it also wakes for
   channel messages); this is what a build without that rewrite gets. --- */
static uint64_t timer_deadline_ns;   /* 0 = disarmed */
static int timer_pending;

int __libc_current_sigrtmin(void) { return 34; }
int __libc_current_sigrtmax(void) { return 64; }
int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
    (void) sig; (void) act;
    if (old) memset(old, 0, sizeof *old);
    return 0;
}
int sigemptyset(sigset_t *set) { memset(set, 0, sizeof *set); return 0; }
int sigaddset(sigset_t *set, int sig) { (void) set; (void) sig; return 0; }
int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
    (void) how; (void) set;
    if (old) memset(old, 0, sizeof *old);
    return 0;
}
int timer_create(clockid_t clock, struct sigevent *sev, timer_t *id) {
    (void) clock; (void) sev;
    *id = (timer_t) 1;
    return 0;
}
int timer_settime(timer_t id, int flags, const struct itimerspec *value, struct itimerspec *old) {
    (void) id; (void) flags;
    if (old) memset(old, 0, sizeof *old);
    uint64_t rel = (uint64_t) value->it_value.tv_sec * 1000000000ull + (uint64_t) value->it_value.tv_nsec;
    timer_deadline_ns = rel ? torito_nanos_since_boot() + rel : 0;
    return 0;
}
int raise(int sig) { (void) sig; timer_pending = 1; return 0; }
int sigwaitinfo(const sigset_t *set, siginfo_t *info) {
    (void) set;
    if (!timer_pending && timer_deadline_ns == 0)
        torito_panic("torito: the program waits for an event, but none can ever come (no timer armed)");
    /* Sleep in IDLE (the only exit an idle core costs) until shortly before the deadline,
       then spin on the TSC for the last stretch: IDLE wakes a little late, the TSC does not. */
    for (;;) {
        if (timer_pending) break;
        uint64_t now = torito_nanos_since_boot();
        if (now >= timer_deadline_ns) break;
        uint64_t left = timer_deadline_ns - now;
        if (left > TORITO_IDLE_MARGIN_NS) torito_hypercall(TORITO_PORT_IDLE, left - TORITO_IDLE_MARGIN_NS, TORITO_IDLE_MARGIN_NS);
        else __asm__ volatile("pause");
    }
    timer_pending = 0;
    timer_deadline_ns = 0;
    if (info) memset(info, 0, sizeof *info);
    return 34;
}

/* --- locale, random seed, UTF-8 -> UTF-16 for argv --- */
/* System.getProperty reads user.home through TeaVM's runtime, which asks for the user's
 * passwd entry. A guest has no users: it answers as root, whose home is "/". */
uid_t getuid(void) { return 0; }
struct passwd *getpwuid(uid_t uid) {
    static struct passwd root = {.pw_name = "root", .pw_dir = "/", .pw_shell = "", .pw_gecos = "", .pw_passwd = ""};
    (void) uid;
    return &root;
}

char *setlocale(int category, const char *locale) { (void) category; (void) locale; return "C"; }
static unsigned long rand_state = 1;
void srand(unsigned seed) { rand_state = seed; }
int rand(void) { rand_state = rand_state * 6364136223846793005ul + 1442695040888963407ul; return (int) (rand_state >> 33); }

/* UTF-8 only. A code point above U+FFFF gives its high surrogate first and keeps the low
   one in *state for the next call (which then returns (size_t) -3, as C11 specifies). */
size_t mbrtoc16(char16_t *out, const char *s, size_t n, mbstate_t *state) {
    static mbstate_t internal;
    if (!state) state = &internal;
    if (state->__count) {
        if (out) *out = (char16_t) state->__value.__wch;
        state->__count = 0;
        return (size_t) -3;
    }
    if (!s) return 0;
    if (n == 0) return (size_t) -2;
    const unsigned char *u = (const unsigned char *) s;
    uint32_t c = u[0];
    size_t len;
    if (c < 0x80) len = 1;
    else if ((c & 0xE0) == 0xC0) { len = 2; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; c &= 0x07; }
    else { errno = EILSEQ; return (size_t) -1; }
    if (n < len) return (size_t) -2;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) { errno = EILSEQ; return (size_t) -1; }
        c = c << 6 | (u[i] & 0x3F);
    }
    if (c >= 0x10000) {
        c -= 0x10000;
        if (out) *out = (char16_t) (0xD800 | c >> 10);
        state->__count = 1;
        state->__value.__wch = 0xDC00 | (c & 0x3FF);
    } else if (out) {
        *out = (char16_t) c;
    }
    return c == 0 ? 0 : len;
}
