package org.torito.vmm.machine;

/** The guest named memory outside its RAM. The monitor reports it and stops the VM; it never touches host memory. */
public class GuestAddressException extends RuntimeException {
    public GuestAddressException(String message) {
        super(message);
    }
}
