package org.torito.boot;

/** The program ImageBuilderTest builds: the smallest guest, like the Hello example. */
public final class Greeting {
    private Greeting() {
    }

    public static void main(String[] args) {
        System.out.println("Hello from a test image");
    }
}
