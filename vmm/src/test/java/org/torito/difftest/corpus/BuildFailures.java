package org.torito.difftest.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a failed batch build back to the programs that broke it. TeaVM lists each severe problem
 * (a method or class its class library lacks) with the method that refers to it; the image
 * builder's message gives them as
 * <pre>
 *   Method java.lang.String.intern()Ljava/lang/String; was not found
 *     at corpus.p_x.Main.key(Ljava/lang/String;)V (...)
 * </pre>
 * and the calling method's package names the program. Problems located elsewhere (in the class
 * library, or with no location) are returned as unattributed: the batch is then split instead.
 */
final class BuildFailures {
    private static final String AT = "at ";

    /** The problems of one failed build: per program (by package) and those that name no program. */
    record Blame(Map<String, Set<String>> byPackage, List<String> unattributed) {
    }

    private BuildFailures() {
    }

    /**
     * @param message  the ImageBuildException's message
     * @param packages the batch's program packages
     */
    static Blame blame(String message, Set<String> packages) {
        Map<String, Set<String>> byPackage = new LinkedHashMap<>();
        List<String> unattributed = new ArrayList<>();
        String[] lines = message.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!lines[i].startsWith("  ") || lines[i].startsWith("    ") || line.isEmpty()) {
                continue; // not a problem line (the headline, or an "at" line handled with its problem)
            }
            String location = i + 1 < lines.length && lines[i + 1].strip().startsWith(AT)
                    ? lines[i + 1].strip().substring(AT.length()) : null;
            String pkg = location == null ? null : packageOf(location, packages);
            if (pkg == null) {
                unattributed.add(location == null ? line : line + " (at " + location + ")");
            } else {
                byPackage.computeIfAbsent(pkg, k -> new LinkedHashSet<>()).add(line);
            }
        }
        return new Blame(byPackage, unattributed);
    }

    /** The program package a method reference ({@code pkg.Class.method(desc)}) lies in, or null. */
    static String packageOf(String methodReference, Set<String> packages) {
        for (String p : packages) {
            if (methodReference.startsWith(p + ".")) {
                String rest = methodReference.substring(p.length() + 1);
                int paren = rest.indexOf('(');
                String beforeDescriptor = paren < 0 ? rest : rest.substring(0, paren);
                // Class.method: exactly one dot left, so a longer package with this prefix is not taken.
                if (beforeDescriptor.indexOf('.') == beforeDescriptor.lastIndexOf('.')) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The missing API a problem line names, without TeaVM's wording ("Method X was not found" → "X",
     * "Method X is not supported on current target" → "X (not supported)").
     */
    static String missingApi(String problem) {
        String p = problem.strip();
        for (String prefix : List.of("Method ", "Class ", "Field ")) {
            if (p.startsWith(prefix) && p.endsWith(" was not found")) {
                return p.substring(prefix.length(), p.length() - " was not found".length());
            }
            if (p.startsWith(prefix) && p.endsWith(" is not supported on current target")) {
                return p.substring(prefix.length(), p.length() - " is not supported on current target".length())
                        + " (not supported)";
            }
        }
        return p;
    }

    /**
     * The class a problem's location lies in, outer class only, in internal form
     * ({@code java/security/MessageDigest} for {@code java.security.MessageDigest$Delegate.of(...)}), or null.
     */
    static String locationClass(String unattributedProblem) {
        int at = unattributedProblem.lastIndexOf(" (at ");
        if (at < 0) {
            return null;
        }
        String method = unattributedProblem.substring(at + " (at ".length());
        int paren = method.indexOf('(');
        String beforeDescriptor = paren < 0 ? method : method.substring(0, paren);
        int dot = beforeDescriptor.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String cls = beforeDescriptor.substring(0, dot);
        int dollar = cls.indexOf('$');
        return (dollar < 0 ? cls : cls.substring(0, dollar)).replace('.', '/');
    }

    /** One problem for a report: its missing API, and for a problem inside the class library, where. */
    static String describe(String unattributedProblem) {
        int at = unattributedProblem.lastIndexOf(" (at ");
        String api = missingApi(at < 0 ? unattributedProblem : unattributedProblem.substring(0, at));
        String where = locationClass(unattributedProblem);
        return where == null ? api : api + " [in " + where.replace('/', '.') + "]";
    }
}
