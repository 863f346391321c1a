package org.torito.guest.boot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.torito.guest.kernel.KernelCalls;

/**
 * {@code System.getenv}, which TeaVM's System lacks (org.torito.boot.teavm.classlib.RuntimeFixes
 * replaces getenv(name), which answered null, and adds getenv()): the VM config's {@code "env"},
 * as the boot info carries it. Like the JDK's, the map cannot be changed, a null name is a
 * NullPointerException, and it iterates in the JDK's order (see {@link #inJdkOrder}).
 */
public final class Environment {
    /** Read on first use; statics are per core, so each core reads the boot info once. */
    private static Map<String, String> variables;

    private Environment() {
    }

    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return getenv().get(name);
    }

    public static Map<String, String> getenv() {
        if (variables == null) {
            variables = Collections.unmodifiableMap(inJdkOrder(SettingsTable.read(KernelCalls.envAddress(),
                    KernelCalls.envLength())));
        }
        return variables;
    }

    /**
     * The order HotSpot's getenv() iterates in: its ProcessEnvironment puts the variables, last
     * first, into a HashMap sized for their count plus 3, keyed by the name's bytes, whose hash
     * is {@code Arrays.hashCode} of them (not String's). The same map here gives the same order
     * (TeaVM's HashMap iterates as the JDK's: org.torito.boot.teavm.classlib.HashMapOrder).
     */
    static Map<String, String> inJdkOrder(Map<String, String> table) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(table.entrySet());
        Map<NameBytes, String> jdk = new HashMap<>(entries.size() + 3);
        for (int i = entries.size() - 1; i >= 0; i--) {
            jdk.put(new NameBytes(entries.get(i).getKey()), entries.get(i).getValue());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Map.Entry<NameBytes, String> e : jdk.entrySet()) {
            ordered.put(e.getKey().name, e.getValue());
        }
        return ordered;
    }

    /** A name hashed as the JDK's ProcessEnvironment.Variable hashes it. */
    private static final class NameBytes {
        final String name;
        private final int hash;

        NameBytes(String name) {
            this.name = name;
            this.hash = Arrays.hashCode(name.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NameBytes n && n.name.equals(name);
        }
    }
}
