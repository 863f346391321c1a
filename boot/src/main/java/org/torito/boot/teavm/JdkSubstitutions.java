package org.torito.boot.teavm;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Where a Torito image takes a JDK class from when Torito has its own: {@code java.x.Y} from
 * torito-guest's {@code org.torito.guest.jdk.java.x.TY} (and {@code com.sun.net.httpserver} the
 * same way), before TeaVM's class library ({@code org.teavm.classlib.java.x.TY}) and before the
 * JDK's own class, which TeaVM would otherwise compile with everything it reaches (a JDK
 * ServerSocket drags in NioSocketImpl, Cleaner and VarHandles). A class Torito does not define
 * falls through to TeaVM's rules. {@code ImageBuilder} puts this policy first.
 */
public final class JdkSubstitutions extends SimpleSubstitutionPolicy {
    /** The package torito-guest's stand-ins live under, mirroring the JDK's packages. */
    public static final String PACKAGE = "org.torito.guest.jdk";

    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(inPackage("java", true).or(inPackage("com.sun.net.httpserver", true)))
                .packagePrefix(PACKAGE)
                .simpleNamePrefix("T");
    }
}
