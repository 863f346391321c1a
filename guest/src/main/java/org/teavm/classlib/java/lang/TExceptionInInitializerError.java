package org.teavm.classlib.java.lang;

/**
 * {@code java.lang.ExceptionInInitializerError}, which TeaVM 0.15's class library lacks: a class
 * whose static initialiser throws (org.torito.guest.runtime.ClassInitFailures) needs it in every
 * image. TeaVM's class library is found by this package and the {@code T} prefix, which TeaVM
 * maps to {@code java.lang}; where TeaVM can read the JDK's own class files it would compile the
 * JDK's class instead, but an image build cannot count on that (Maven's exec plugin, for one,
 * does not hand them out).
 */
public class TExceptionInInitializerError extends LinkageError {
    private static final long serialVersionUID = 1521711792217232256L;

    public TExceptionInInitializerError() {
        super(null, null);
    }

    /** As the JDK's: no message, the exception as the cause. */
    public TExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public TExceptionInInitializerError(String message) {
        super(message, null);
    }

    public Throwable getException() {
        return getCause();
    }
}
