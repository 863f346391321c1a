/* The reference guest for boot-time benchmarks: the smallest kernel QEMU can boot with
 * -M microvm through its PVH entry. It prints "H\n" on the serial port and halts. Built
 * by scripts/bench-boot; never part of Torito itself. */
    .section .note.Xen, "a", @note
    .balign 4
    .long 4                 /* name size: "Xen\0" */
    .long 4                 /* descriptor size */
    .long 18                /* XEN_ELFNOTE_PHYS32_ENTRY */
    .asciz "Xen"
    .balign 4
    .long pvh_start

    .code32
    .text
    .globl pvh_start
pvh_start:
    mov $0x3f8, %dx
    mov $'H', %al
    out %al, %dx
    mov $'\n', %al
    out %al, %dx
1:  hlt
    jmp 1b
