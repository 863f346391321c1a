/* The seccomp filter every core runs under once set up. A system call passes only if it comes
   from door_syscall's own instructions (gVisor's systrap checks the instruction pointer the
   same way) and is one a door needs, on the descriptors the doors use:
     read      the control socket (an answer) or this core's doorbell (draining it)
     write     the control socket, any core's doorbell, a queue notification
     ppoll     IDLE's sleep (it can only wait on descriptors this process has)
     pread64   this process's own schedstat only (IDLE's answer)
     arch_prctl ARCH_SET_FS only
     exit_group
   Anything else, any system call from elsewhere (guest code), and any 32-bit one (int 0x80)
   raises SIGSYS, which the trap handler reports to the monitor as a broken rule. */
#include <asm/prctl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include "sandbox.h"

extern const char __start_torito_doors[], __stop_torito_doors[];

#define LOAD(field) (struct sock_filter) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (field))
#define JEQ(k, t, f) (struct sock_filter) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), (t), (f))
#define JGE(k, t, f) (struct sock_filter) BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (k), (t), (f))
#define RET(k) (struct sock_filter) BPF_STMT(BPF_RET | BPF_K, (k))
#define DENY RET(SECCOMP_RET_TRAP)
#define ALLOW RET(SECCOMP_RET_ALLOW)

int install_filter(void) {
    uint64_t start = (uint64_t) __start_torito_doors, end = (uint64_t) __stop_torito_doors;
    /* The check below compares 32-bit halves: the section must not cross a 4 GiB line. */
    if (start >> 32 != (end - 1) >> 32) return -1;
    uint32_t high = (uint32_t) (start >> 32), low = (uint32_t) start, low_end = (uint32_t) end;
    uint32_t write_limit = (uint32_t) (FD_FIRST_DOORBELL + sandbox.cpus + sandbox.notify_count);
    const uint32_t ip_low = offsetof(struct seccomp_data, instruction_pointer);
    const uint32_t arg0 = offsetof(struct seccomp_data, args[0]);
    struct sock_filter program[] = {
        LOAD(offsetof(struct seccomp_data, arch)),
        JEQ(AUDIT_ARCH_X86_64, 1, 0),
        DENY,  /* int 0x80: a 32-bit system call, reported like any other refused one */
        LOAD(ip_low + 4),
        JEQ(high, 1, 0),
        DENY,
        LOAD(ip_low),
        JGE(low, 1, 0),
        DENY,
        JGE(low_end, 0, 1),
        DENY,
        LOAD(offsetof(struct seccomp_data, nr)),
        JEQ(SYS_exit_group, 0, 1),
        ALLOW,
        JEQ(SYS_ppoll, 0, 1),
        ALLOW,
        JEQ(SYS_read, 0, 5),
        LOAD(arg0),
        JEQ(FD_CONTROL, 2, 0),
        JEQ((uint32_t) sandbox.own_doorbell, 1, 0),
        DENY,
        ALLOW,
        JEQ(SYS_write, 0, 5),
        LOAD(arg0),
        JGE(FD_CONTROL, 0, 2),
        JGE(write_limit, 1, 0),
        ALLOW,
        DENY,
        JEQ(SYS_pread64, 0, 4),
        LOAD(arg0),
        JEQ((uint32_t) sandbox.schedstat, 0, 1),
        ALLOW,
        DENY,
        JEQ(SYS_arch_prctl, 0, 4),
        LOAD(arg0),
        JEQ(ARCH_SET_FS, 0, 1),
        ALLOW,
        DENY,
        DENY,
    };
    struct sock_fprog filter = {.len = sizeof program / sizeof program[0], .filter = program};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter);
}
