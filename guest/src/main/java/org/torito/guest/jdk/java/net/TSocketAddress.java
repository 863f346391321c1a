package org.torito.guest.jdk.java.net;

import java.io.Serializable;

/** {@code java.net.SocketAddress}: an endpoint, with no protocol attached. */
public abstract class TSocketAddress implements Serializable {
    protected TSocketAddress() {
    }
}
