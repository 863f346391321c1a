package org.torito.vmm.cli;

import java.nio.file.Path;

/**
 * The folder Torito is installed in, where the built-in configs live. The launcher script
 * passes it as the system property {@code torito.home}; without it (e.g. in an IDE) the
 * working directory stands in, which is right when run from a source checkout.
 */
public final class ToritoHome {
    public static final String PROPERTY = "torito.home";

    private ToritoHome() {
    }

    public static Path discover() {
        String home = System.getProperty(PROPERTY);
        Path folder = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return folder.toAbsolutePath().normalize();
    }

    /** The config `torito` runs when given no arguments. */
    public static Path defaultConfig(Path home) {
        return home.resolve("configs").resolve("http.json");
    }
}
