/* setjmp/longjmp as the guest's platform has them (entry.S): TeaVM's C throws exceptions with
 * longjmp and opens every try block with setjmp on a jmp_buf in the method's frame. glibc's
 * jmp_buf, which TeaVM's code would otherwise get, is 200 bytes (it has room for a signal mask,
 * which a guest has none of); entry.S saves the eight registers of this one, 64 bytes. A
 * method with a try block is ~136 bytes smaller for it, and a recursion through try/finally
 * goes that much deeper on a core's stack. */
#ifndef TORITO_SETJMP_H
#define TORITO_SETJMP_H

typedef long jmp_buf[8];   /* rbx rbp r12 r13 r14 r15 rsp rip */

int setjmp(jmp_buf env) __attribute__((returns_twice));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int value);
_Noreturn void _longjmp(jmp_buf env, int value);

#endif
