package org.torito.vmm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar manifest carries (Implementation-Version); "dev" when run from classes. */
public final class ToritoVersion implements IVersionProvider {
    public static String current() {
        String version = ToritoVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"torito " + current()};
    }
}
