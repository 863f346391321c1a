package org.torito.vmm.guests;

import java.util.Map;

/** Prints System.getenv() in its iteration order: run on HotSpot and in a guest with the same variables. */
public final class EnvironmentOrder {
    private EnvironmentOrder() {
    }

    public static void main(String[] args) {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            all.append(e.getKey()).append('=').append(e.getValue()).append(';');
        }
        System.out.println(all);
    }
}
