package org.torito.vmm;

/**
 * Input the user can fix: a config, a kernel image, a command-line value. The message is
 * one line that names the file, field or value at fault. The CLI prints it and exits with 2,
 * and nothing has been started or changed when it is thrown.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
