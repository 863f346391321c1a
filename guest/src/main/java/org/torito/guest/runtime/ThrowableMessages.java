package org.torito.guest.runtime;

/** What Throwable(Throwable cause) sets as its message: the cause's toString, or null. */
public final class ThrowableMessages {

    private ThrowableMessages() {
    }

    public static String ofCause(Throwable cause) {
        return cause == null ? null : cause.toString();
    }
}
