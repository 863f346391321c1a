package org.torito.guest.devices;

import java.io.IOException;

/** A device that cannot be used or that answered a request with an error. */
public class DeviceException extends IOException {
    public DeviceException(String message) {
        super(message);
    }
}
