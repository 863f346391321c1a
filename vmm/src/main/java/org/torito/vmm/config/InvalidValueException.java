package org.torito.vmm.config;

/**
 * A value that cannot be used, with only the reason (e.g. {@code "3M" is below the minimum
 * of 4M}). The caller knows where the value came from, a JSON field or a command-line
 * option, and prefixes that before it becomes a {@link org.torito.vmm.BadInputException}.
 */
public class InvalidValueException extends Exception {
    public InvalidValueException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
