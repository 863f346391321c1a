package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.List;
import org.teavm.model.ValueType;

/** java.security (docs/differential-suite.md lists each difference). */
final class SecurityFixes {
    private static final String DIGEST = "java.security.MessageDigest";
    private static final String DIGESTS = "org.torito.guest.runtime.security.MessageDigests";
    private static final ValueType STRING = ValueType.object("java.lang.String");

    static final List<ClasslibFix> FIXES = List.of(
            // TeaVM has no MessageDigest and compiled the JDK's, whose getInstance goes through the
            // provider machinery (sun.security.jca, Provider, ProviderConfig), which needs
            // Class.getModule, ClassLoader.loadClass, FileChannel and more: a program calling it
            // did not build. The digests come from torito-guest instead.
            staticMethod(DIGEST, "getInstance", DIGESTS, ValueType.object(DIGEST), STRING),
            staticMethod(DIGEST, "getInstance", DIGESTS, ValueType.object(DIGEST), STRING, STRING));

    private SecurityFixes() {
    }
}
