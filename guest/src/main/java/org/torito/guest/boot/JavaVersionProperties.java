package org.torito.guest.boot;

/**
 * The {@code java.*} version properties of the JDK that built the image, set when TeaVM's System
 * makes its properties (org.torito.boot.teavm.classlib.JavaVersionDefaults passes the building
 * JVM's values).
 * An image runs that JDK's language and (through TeaVM) its class library, so it answers as
 * that Java; TeaVM 0.15 said {@code java.version} "21", and programs that parse the version
 * (major and minor around the first dot) failed on it.
 */
public final class JavaVersionProperties {

    private JavaVersionProperties() {
    }

    public static void install(String javaVersion, String runtimeVersion, String specificationVersion,
                               String classVersion) {
        System.setProperty("java.version", javaVersion);
        System.setProperty("java.runtime.version", runtimeVersion);
        System.setProperty("java.vm.version", runtimeVersion);
        System.setProperty("java.specification.version", specificationVersion);
        System.setProperty("java.vm.specification.version", specificationVersion);
        System.setProperty("java.class.version", classVersion);
    }

    /** {@code Runtime.version().feature()}: TeaVM's said 21. */
    public static int feature(Runtime.Version version) {
        return Integer.parseInt(System.getProperty("java.specification.version", "25"));
    }
}
