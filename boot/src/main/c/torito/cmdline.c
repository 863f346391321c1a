/* Command line -> argv. Kept free of any other platform dependency so that it can be
   tested in a hosted build (boot/src/test). */
#include "torito.h"

/* The inverse of the monitor's quoting (docs/config.md, "Guest arguments"). Arguments are
   separated by spaces, tabs or newlines. A double quote starts or ends a group in which
   separators are literal; the quotes themselves are dropped, so "" is an empty argument.
   Inside a group, \" is " and \\ is \; outside one, a backslash is an ordinary character.
   Splits in place: the result points into line. */
int torito_split_cmdline(char *line, char **argv, int max_args) {
    int argc = 0;
    char *in = line;
    for (;;) {
        while (*in == ' ' || *in == '\t' || *in == '\n' || *in == '\r') in++;
        if (*in == '\0' || argc == max_args) return argc;
        char *out = in;
        argv[argc++] = out;
        int quoted = 0;
        for (;;) {
            char c = *in;
            if (c == '\0') break;
            in++;
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted && c == '\\' && (*in == '"' || *in == '\\')) c = *in++;
            if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) break;
            *out++ = c;
        }
        *out = '\0';   /* out never passes in, so this only overwrites consumed bytes */
    }
}

/* The value of the monitor's torito.net= word, or 0 when there was none. */
static const char *net_arg;

static int starts_with(const char *a, const char *prefix, size_t n) {
    size_t i = 0;
    while (i < n && a[i] == prefix[i]) i++;
    return i == n;
}

/* Words the monitor adds for the kernel, not the application (docs/boot-abi.md):
   virtio_mmio.device=<size>@<base>:<irq> announces a device to Linux-style guests; a Torito guest
   reads its devices from the boot info. torito.net=<address>/<prefix>[,<gateway>] is the guest's
   network address; the last one is kept for torito_net_arg. Removes them from argv[1..argc-1] in
   place; returns the new argc. */
int torito_drop_kernel_args(char **argv, int argc) {
    static const char device[] = "virtio_mmio.device=";
    static const char net[] = "torito.net=";
    int kept = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (starts_with(a, device, sizeof(device) - 1)) continue;
        if (starts_with(a, net, sizeof(net) - 1)) {
            net_arg = a + sizeof(net) - 1;
            continue;
        }
        argv[kept++] = argv[i];
    }
    return kept;
}

const char *torito_net_arg(void) { return net_arg; }
