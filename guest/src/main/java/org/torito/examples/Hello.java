package org.torito.examples;

/**
 * The smallest Torito guest. Prints two lines:
 * <pre>
 * Hello from Torito!
 * args: [a] [b c]
 * </pre>
 * The second line lists the arguments from the VM config's cmdline, each in brackets so
 * that empty and space-containing arguments are visible; with none it reads "args: (none)".
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello from Torito!");
        System.out.println(describe(args));
    }

    static String describe(String[] args) {
        if (args.length == 0) {
            return "args: (none)";
        }
        StringBuilder sb = new StringBuilder("args:");
        for (String a : args) {
            sb.append(" [").append(a).append(']');
        }
        return sb.toString();
    }
}
