package org.torito.boot;

import java.io.IOException;
import java.io.InputStream;

/** The C file that stands in for the platform layer in a hosted build (boot/src/main/c/hosted). */
final class HostedPlatform {
    static final String FILE = "hosted.c";
    private static final String RESOURCE = "/org/torito/boot/platform/hosted/" + FILE;

    private HostedPlatform() {
    }

    static byte[] read() throws ImageBuildException {
        try (InputStream in = HostedPlatform.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ImageBuildException("hosted platform source is missing from torito-boot's classpath (" + RESOURCE + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImageBuildException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
