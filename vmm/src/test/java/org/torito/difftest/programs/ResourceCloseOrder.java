package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** try-with-resources: several resources closed in reverse order, a failing resource initialiser closes the earlier ones, null resources skipped, suppressed close exceptions in order, existing variables as resources, catch and finally after close. */
public class ResourceCloseOrder {
    static final List<String> LOG = new ArrayList<>();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnOpen, boolean failOnClose) {
            if (failOnOpen) {
                LOG.add("open-fail " + name);
                throw new IllegalStateException("open " + name);
            }
            this.name = name;
            this.failOnClose = failOnClose;
            LOG.add("open " + name);
        }

        Res(String name) {
            this(name, false, false);
        }

        @Override
        public void close() {
            LOG.add("close " + name);
            if (failOnClose) {
                throw new IllegalArgumentException("close " + name);
            }
        }
    }

    static void flush(String title, Throwable t) {
        StringBuilder sb = new StringBuilder(title).append(": ").append(String.join(", ", LOG));
        if (t != null) {
            sb.append(" | thrown ").append(t.getClass().getSimpleName()).append('(').append(t.getMessage()).append(')');
            for (Throwable s : t.getSuppressed()) {
                sb.append(" suppressed ").append(s.getClass().getSimpleName()).append('(').append(s.getMessage()).append(')');
            }
        }
        System.out.println(sb);
        LOG.clear();
    }

    static int returnsThroughResources() {
        try (Res a = new Res("ra"); Res b = new Res("rb")) {
            LOG.add("return from body");
            return a.name.length() + b.name.length();
        } finally {
            LOG.add("finally");
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("a"); Res b = new Res("b"); Res c = new Res("c")) {
            LOG.add("body " + a.name + b.name + c.name);
        }
        flush("three", null);

        try (Res a = new Res("a"); Res b = new Res("b", true, false); Res c = new Res("c")) {
            LOG.add("body never");
        } catch (IllegalStateException e) {
            LOG.add("catch");
            flush("second fails to open", e);
        }

        try (Res a = new Res("a", false, true); Res b = new Res("b", false, true)) {
            LOG.add("body throws");
            throw new UnsupportedOperationException("body");
        } catch (RuntimeException e) {
            flush("body and both closes throw", e);
        }

        try (Res a = new Res("a", false, true); Res b = new Res("b")) {
            LOG.add("body ok");
        } catch (RuntimeException e) {
            flush("only close throws", e);
        }

        try (Res a = new Res("a", false, true); Res b = new Res("b", false, true)) {
            LOG.add("body ok");
        } catch (RuntimeException e) {
            flush("two closes throw", e);
        }

        try (Res nothing = null; Res real = new Res("real")) {
            LOG.add("null resource is " + nothing);
        }
        flush("null resource", null);

        Res outer1 = new Res("existing1");
        final Res outer2 = new Res("existing2");
        try (outer1; outer2) {
            LOG.add("body with existing");
        }
        flush("existing variables", null);

        int r;
        r = returnsThroughResources();
        LOG.add("returned " + r);
        flush("return", null);

        try {
            try (Res a = new Res("x"); AutoCloseable lambda = () -> LOG.add("lambda close")) {
                LOG.add("body");
            } finally {
                LOG.add("inner finally");
            }
        } catch (Exception e) {
            LOG.add("unexpected " + e);
        }
        flush("lambda resource", null);

        for (int i = 0; i < 3; i++) {
            try (Res a = new Res("loop" + i, false, i == 1)) {
                if (i == 2) {
                    continue;
                }
                LOG.add("body " + i);
            } catch (IllegalArgumentException e) {
                LOG.add("caught " + e.getMessage());
            }
        }
        flush("loop", null);
    }
}
