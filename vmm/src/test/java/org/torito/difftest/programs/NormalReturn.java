package org.torito.difftest.programs;

/** Returns from main normally: exit code 0, and output without a trailing newline is flushed. */
public class NormalReturn {
    public static void main(String[] args) {
        System.out.println("args " + args.length);
        System.out.println("hello from main");
        System.out.print("last line without newline");
    }
}
