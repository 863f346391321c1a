package org.torito.difftest.programs;

import java.nio.file.Path;

/**
 * Path.equals and Path.relativize between absolute and between relative paths, climbing and
 * descending, the root and the empty path. TeaVM's equals answered false for a path and itself,
 * and its relativize threw IndexOutOfBoundsException for climbing answers.
 */
public class PathRelations {
    public static void main(String[] args) {
        String[] absolute = {"/data/demo/x/y", "/data/demo", "/data", "/", "/data/other/z", "/dat"};
        String[] relative = {"a", "", "a/b", "a/c/d", "b", "a/b/c"};
        for (String[] group : new String[][] {absolute, relative}) {
            for (String s : group) {
                Path p = Path.of(s);
                System.out.println("'" + p + "': equals itself " + p.equals(p) + ", equals a copy "
                        + p.equals(Path.of(s)) + ", same hash " + (p.hashCode() == Path.of(s).hashCode()));
            }
            for (String s : group) {
                for (String t : group) {
                    Path p = Path.of(s);
                    String answer;
                    try {
                        answer = "'" + p.relativize(Path.of(t)) + "'";
                    } catch (RuntimeException e) {
                        answer = e.getClass().getName();
                    }
                    System.out.println("'" + s + "'.relativize('" + t + "') = " + answer);
                }
            }
        }
        try {
            Path.of("/a").relativize(Path.of("a"));
            System.out.println("mixed: no exception");
        } catch (IllegalArgumentException e) {
            System.out.println("mixed: IllegalArgumentException");
        }
    }
}
