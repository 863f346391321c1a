package org.torito.difftest.programs;

/**
 * The java.* version properties: the image answers as the JDK that built it (the suite's
 * HotSpot is that JDK), and a version parsed as programs do (around its dots) works.
 */
public class JavaVersionProperties {
    public static void main(String[] args) {
        for (String key : new String[] {"java.version", "java.specification.version", "java.vm.specification.version",
            "java.class.version", "java.runtime.version", "java.vm.version"}) {
            System.out.println(key + "=" + System.getProperty(key));
        }
        String version = System.getProperty("java.version");
        int feature = Integer.parseInt(version.split("\\.")[0]);
        System.out.println("feature " + feature + " at least 17: " + (feature >= 17));
        System.out.println("runtime feature " + Runtime.version().feature());
        System.out.println("class version matches " + System.getProperty("java.class.version")
                .equals((feature + 44) + ".0"));
    }
}
