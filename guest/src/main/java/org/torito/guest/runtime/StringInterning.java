package org.torito.guest.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code String.intern()}, which TeaVM 0.15's C backend lacked. The canonical string of a text
 * is its literal if the image has one (so {@code new String("ab").intern() == "ab"}, as Java
 * promises), else the first string interned with it. TeaVM's own literal table cannot take heap
 * strings (it marks what it holds as static, outside the collector), so interned strings live in
 * a map seeded with the literals on first use.
 */
public final class StringInterning {
    private static Map<String, String> pool;

    private StringInterning() {
    }

    public static synchronized String intern(String s) {
        if (pool == null) {
            int literals = StringLiterals.count();
            pool = new HashMap<>(Math.max(16, literals * 2));
            for (int i = 0; i < literals; i++) {
                String literal = StringLiterals.at(i);
                pool.putIfAbsent(literal, literal);
            }
        }
        String canonical = pool.putIfAbsent(s, s);
        return canonical != null ? canonical : s;
    }
}
