package org.torito.guest.boot;

import java.util.Map;

import org.torito.guest.kernel.KernelCalls;

/**
 * The VM config's {@code "properties"} as system properties, set when TeaVM's System makes its
 * properties (org.torito.boot.teavm.classlib.JavaVersionDefaults calls {@link #install} after the
 * version properties), so a config's value overrides a default as {@code java -D} does.
 */
public final class ConfiguredProperties {
    private ConfiguredProperties() {
    }

    public static void install() {
        Map<String, String> properties = SettingsTable.read(KernelCalls.propertiesAddress(),
                KernelCalls.propertiesLength());
        for (Map.Entry<String, String> e : properties.entrySet()) {
            System.setProperty(e.getKey(), e.getValue());
        }
    }
}
