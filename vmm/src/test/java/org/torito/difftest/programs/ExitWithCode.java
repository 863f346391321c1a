package org.torito.difftest.programs;

/** Prints, then ends the program with exit code 3; nothing after the exit may run. */
public class ExitWithCode {
    public static void main(String[] args) {
        System.out.println("about to exit with 3");
        System.out.print("no newline before exit");
        try {
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("unreachable");
    }
}
