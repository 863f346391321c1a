package org.torito.vmm.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the guest program starts and what it reads its settings from: the environment variables
 * ({@code System.getenv}) and system properties ({@code System.getProperty}) a config gives it,
 * in the config's order, and whether every core runs its main ({@code "main": "every-core"})
 * or core 0 alone. The boot info carries each table as {@code name NUL value NUL} pairs and
 * the last as a flag.
 */
public record GuestSettings(Map<String, String> env, Map<String, String> properties, boolean mainOnEveryCore) {
    public static final GuestSettings NONE = new GuestSettings(Map.of(), Map.of());

    /** The config's {@code "main"} values. */
    public static final String MAIN_ON_CORE_ZERO = "core0";
    public static final String MAIN_ON_EVERY_CORE = "every-core";

    /** Settings with main on core 0 alone. */
    public GuestSettings(Map<String, String> env, Map<String, String> properties) {
        this(env, properties, false);
    }

    public GuestSettings {
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The environment as the boot info carries it. */
    public byte[] encodedEnv() {
        return encode(env);
    }

    /** The properties as the boot info carries them. */
    public byte[] encodedProperties() {
        return encode(properties);
    }

    /** {@code name NUL value NUL} for each entry, UTF-8: names and values hold no NUL (VmLimits). */
    static byte[] encode(Map<String, String> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : table.entrySet()) {
            out.writeBytes(e.getKey().getBytes(StandardCharsets.UTF_8));
            out.write(0);
            out.writeBytes(e.getValue().getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return out.toByteArray();
    }
}
