package org.torito.vmm.net.user;

import java.io.IOException;

/** A forward rule's host address could not be bound; the message names the rule. */
public final class ForwardBindException extends IOException {
    public ForwardBindException(String message, Throwable cause) {
        super(message, cause);
    }
}
