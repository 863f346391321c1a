package org.torito.boot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;

/**
 * What a user hears when their program reaches a JDK API the guest cannot have. TeaVM reports
 * each reference it cannot resolve where it sits, deep inside the JDK (a program that makes a
 * {@code java.net.ServerSocket} the JDK's way got 53 problems in NioSocketImpl, Cleaner,
 * MethodHandles, none naming the program). Here each problem is walked back through the call
 * graph to the methods of the application's own classes that lead to it, the fewest such uses
 * that explain all problems are chosen ({@link #cover}), and each is one line, e.g.
 * {@code LineServer.main(String[]) (LineServer.java:12) calls new java.net.ServerSocket(int),
 * which a Torito guest does not support}. A problem the walk cannot attribute (a missing
 * superclass has no caller) is listed as TeaVM words it.
 */
final class UnsupportedApiReport {
    private final CallGraph graph;
    private final Predicate<String> applicationClass;
    /** What the user reads for each use: "App.m(String[]) (App.java:3) calls api", from its first call site. */
    private final Map<Use, String> lines = new HashMap<>();

    /** {@code applicationClass} says whether a class is the program's own (from its class path). */
    UnsupportedApiReport(CallGraph graph, Predicate<String> applicationClass) {
        this.graph = graph;
        this.applicationClass = applicationClass;
    }

    /** TeaVM's severe problems as the build's failure: grouped for the user, each on its own in the details. */
    ImageBuildException failure(String mainClass, List<Problem> problems) {
        List<Set<Use>> candidates = new ArrayList<>();
        for (Problem p : problems) {
            candidates.add(uses(p));
        }
        Map<Use, List<String>> chosen = cover(problems, candidates);
        List<String> unattributed = new ArrayList<>();
        StringBuilder details = new StringBuilder("TeaVM could not compile " + mainClass + " (" + problems.size()
                + (problems.size() == 1 ? " problem):" : " problems):"));
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            Use use = chosenFor(candidates.get(i), chosen);
            details.append("\n  ").append(text(p));
            if (use == null) {
                unattributed.add(text(p) + where(p));
                details.append(where(p));
            } else {
                details.append("\n    at ").append(use.caller());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!chosen.isEmpty()) {
            sb.append(mainClass).append(" uses ").append(chosen.size() == 1 ? "an API" : chosen.size() + " APIs")
                    .append(" a Torito guest does not support (docs/java-api.md says what it does):");
            for (Map.Entry<Use, List<String>> e : chosen.entrySet()) {
                int n = e.getValue().size();
                sb.append("\n  ").append(lines.get(e.getKey())).append(" — ").append(n == 1 ? e.getValue().get(0)
                        : n + " problems inside it, the first: " + e.getValue().get(0));
            }
        }
        if (!unattributed.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("TeaVM could not compile ").append(mainClass).append(" (").append(unattributed.size())
                    .append(unattributed.size() == 1 ? " problem" : " problems").append("):");
            for (String line : unattributed) {
                sb.append("\n  ").append(line);
            }
        }
        return new ImageBuildException(sb.toString(), details.toString());
    }

    /** A method of the program and the API it calls on a way to a problem. */
    private record Use(MethodReference caller, MethodReference api) {
    }

    /**
     * The fewest uses that explain every problem some use leads to, each with the problems it
     * explains, chosen greedily (most problems first). The call graph has an edge for every
     * target a virtual call may reach, so once one API brings in JDK classes, an innocent call
     * such as {@code println} can reach their problems too (through a stream class of the
     * process API); the API that leads to the most of them is the one to name.
     */
    private static Map<Use, List<String>> cover(List<Problem> problems, List<Set<Use>> candidates) {
        Map<Use, List<String>> chosen = new LinkedHashMap<>();
        boolean[] explained = new boolean[problems.size()];
        while (true) {
            Map<Use, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < problems.size(); i++) {
                if (!explained[i]) {
                    for (Use u : candidates.get(i)) {
                        counts.merge(u, 1, Integer::sum);
                    }
                }
            }
            Use best = null;
            for (Map.Entry<Use, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            if (best == null) {
                return chosen;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                if (!explained[i] && candidates.get(i).contains(best)) {
                    explained[i] = true;
                    texts.add(text(problems.get(i)));
                }
            }
            chosen.put(best, texts);
        }
    }

    private static Use chosenFor(Set<Use> candidates, Map<Use, List<String>> chosen) {
        for (Use u : chosen.keySet()) {
            if (candidates.contains(u)) {
                return u;
            }
        }
        return null;
    }

    /**
     * Every way from the program to a problem: each method of the program's own classes from
     * which the problem's method is reached, with the first method outside the program on that
     * way (the API it used). The walk goes backwards from the problem and stops at the program's
     * methods. Empty if none leads there (a missing superclass has no caller).
     */
    private Set<Use> uses(Problem p) {
        Set<Use> uses = new LinkedHashSet<>();
        if (p.getLocation() == null || p.getLocation().getMethod() == null) {
            return uses;
        }
        MethodReference at = p.getLocation().getMethod();
        if (applicationClass.test(at.getClassName())) {
            MethodReference missing = missingMethod(p);
            TextLocation line = p.getLocation().getSourceLocation();
            Use use = new Use(at, missing);
            uses.add(use);
            lines.putIfAbsent(use, show(at) + lineOf(line) + " calls "
                    + (missing != null ? show(missing) : "an API: " + text(p)));
            return uses;
        }
        CallGraphNode start = graph.getNode(at);
        if (start == null) {
            return uses;
        }
        Set<CallGraphNode> seen = new HashSet<>();
        ArrayDeque<CallGraphNode> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            CallGraphNode node = queue.poll();
            for (CallSite site : node.getCallerCallSites()) {
                for (CallGraphNode caller : site.getCallers()) {
                    if (applicationClass.test(caller.getMethod().getClassName())) {
                        Use use = new Use(caller.getMethod(), node.getMethod());
                        uses.add(use);
                        lines.putIfAbsent(use, show(caller.getMethod()) + lineOf(firstLocation(site, caller))
                                + " calls " + show(node.getMethod()));
                    } else if (seen.add(caller)) {
                        queue.add(caller);
                    }
                }
            }
        }
        return uses;
    }

    private static TextLocation firstLocation(CallSite site, CallGraphNode caller) {
        Collection<? extends TextLocation> locations = site.getLocations(caller);
        for (TextLocation l : locations) {
            if (l != null && !l.isEmpty()) {
                return l;
            }
        }
        return null;
    }

    private static MethodReference missingMethod(Problem p) {
        for (Object param : p.getParams()) {
            if (param instanceof MethodReference m) {
                return m;
            }
        }
        return null;
    }

    private static String lineOf(TextLocation location) {
        if (location == null || location.isEmpty() || location.getFileName() == null) {
            return "";
        }
        String file = location.getFileName();
        return " (" + file.substring(file.lastIndexOf('/') + 1) + ":" + location.getLine() + ")";
    }

    /** {@code new java.net.ServerSocket(int)}, {@code java.lang.System.loadLibrary(String)}: as a Java reader writes it. */
    static String show(MethodReference m) {
        StringBuilder sb = new StringBuilder();
        boolean constructor = m.getName().equals("<init>");
        if (constructor) {
            sb.append("new ").append(m.getClassName());
        } else if (m.getName().equals("<clinit>")) {
            return "the static initialiser of " + m.getClassName();
        } else {
            sb.append(m.getClassName()).append('.').append(m.getName());
        }
        sb.append('(');
        ValueType[] parameters = m.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(typeName(parameters[i]));
        }
        return sb.append(')').toString();
    }

    private static String typeName(ValueType type) {
        if (type instanceof ValueType.Array array) {
            return typeName(array.getItemType()) + "[]";
        }
        if (type instanceof ValueType.Object object) {
            String name = object.getClassName();
            return name.startsWith("java.lang.") && name.indexOf('.', 10) < 0 ? name.substring(10) : name;
        }
        return ((ValueType.Primitive) type).getKind().name().toLowerCase(Locale.ROOT);
    }

    private static String text(Problem p) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        p.render(text);
        return text.getText();
    }

    private static String where(Problem p) {
        if (p.getLocation() == null || p.getLocation().getMethod() == null) {
            return "";
        }
        TextLocation line = p.getLocation().getSourceLocation();
        return "\n    at " + p.getLocation().getMethod() + (line == null ? "" : " (" + line + ")");
    }
}
