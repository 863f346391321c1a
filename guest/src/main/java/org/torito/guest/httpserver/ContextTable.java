package org.torito.guest.httpserver;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's contexts. A request goes to the context whose path is the longest prefix of the
 * request's path (a plain string prefix, case-sensitive, as the JDK's server: "/app" serves
 * "/application" too).
 */
final class ContextTable {
    private final List<Context> contexts = new ArrayList<>();

    synchronized void add(Context context) {
        if (exact(context.getPath()) != null) {
            throw new IllegalArgumentException("cannot add context to list");
        }
        contexts.add(context);
    }

    synchronized void remove(String path) {
        Context context = exact(path);
        if (context == null) {
            throw new IllegalArgumentException("cannot remove element from list");
        }
        contexts.remove(context);
    }

    synchronized void remove(Context context) {
        if (!contexts.remove(context)) {
            throw new IllegalArgumentException("no such context in list");
        }
    }

    /** The context for a request's path, or null. */
    synchronized Context find(String path) {
        Context best = null;
        for (Context c : contexts) {
            if (path.startsWith(c.getPath()) && (best == null || c.getPath().length() > best.getPath().length())) {
                best = c;
            }
        }
        return best;
    }

    private Context exact(String path) {
        for (Context c : contexts) {
            if (c.getPath().equals(path)) {
                return c;
            }
        }
        return null;
    }
}
