/* Guest entry and non-local jumps. See docs/boot-abi.md (entry state) and docs/aot-pipeline.md. */
    .section .text.torito_entry, "ax"
    .globl _start
    .type _start, @function
/* RDI = boot info, RSI = core number, RSP = this core's stack top (16-byte aligned).
   A call pushes 8 bytes, so the stack is aligned as the SysV ABI expects at torito_start. */
_start:
    xor %ebp, %ebp
    call torito_start
    /* torito_start never returns; if it ever did, stop here without a privileged instruction. */
1:  pause
    jmp 1b
    .size _start, . - _start

/* jmp_buf layout (first 64 bytes of glibc's struct): rbx rbp r12 r13 r14 r15 rsp rip.
   Only callee-saved registers are kept: setjmp is an ordinary call for the C compiler. */
    .text
    .globl _setjmp, setjmp
    .type _setjmp, @function
    .type setjmp, @function
_setjmp:
setjmp:
    mov %rbx, 0(%rdi)
    mov %rbp, 8(%rdi)
    mov %r12, 16(%rdi)
    mov %r13, 24(%rdi)
    mov %r14, 32(%rdi)
    mov %r15, 40(%rdi)
    lea 8(%rsp), %rdx           /* the caller's RSP after our return */
    mov %rdx, 48(%rdi)
    mov (%rsp), %rdx            /* return address */
    mov %rdx, 56(%rdi)
    xor %eax, %eax
    ret
    .size _setjmp, . - _setjmp

    .globl longjmp, _longjmp
    .type longjmp, @function
    .type _longjmp, @function
longjmp:
_longjmp:
    mov %esi, %eax
    test %eax, %eax
    jnz 1f
    inc %eax                    /* longjmp(env, 0) makes setjmp return 1 */
1:  mov 0(%rdi), %rbx
    mov 8(%rdi), %rbp
    mov 16(%rdi), %r12
    mov 24(%rdi), %r13
    mov 32(%rdi), %r14
    mov 40(%rdi), %r15
    mov 48(%rdi), %rsp
    jmp *56(%rdi)
    .size longjmp, . - longjmp

    .section .note.GNU-stack, "", @progbits
