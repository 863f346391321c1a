package org.torito.examples;

/**
 * The smallest Torito guest. Prints a greeting and the arguments from the VM's command line:
 * <pre>
 * Hello from Torito!
 * args: a b
 * </pre>
 * With no arguments the second line reads "args: (none)".
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello from Torito!");
        System.out.println(args.length == 0 ? "args: (none)" : "args: " + String.join(" ", args));
    }
}
