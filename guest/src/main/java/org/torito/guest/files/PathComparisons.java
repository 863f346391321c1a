package org.torito.guest.files;

import java.nio.file.Path;

/**
 * {@code Path.equals} and {@code Path.relativize} for TeaVM's default paths (the image pipeline
 * points its methods here: org.torito.boot.teavm.classlib.FileFixes). TeaVM's equals answered
 * false for a path and itself (so {@code Files.walk(root)}'s first path was not equal to root),
 * and its relativize threw IndexOutOfBoundsException for a path and itself and for any answer
 * that climbs ("/a/b/c" to "/a"), and gave "../" where the JDK gives "..".
 */
public final class PathComparisons {
    private PathComparisons() {
    }

    public static boolean equals(Path self, Object other) {
        if (self == other) {
            return true;
        }
        return other instanceof Path path && other.getClass() == self.getClass()
                && path.getFileSystem() == self.getFileSystem() && path.toString().equals(self.toString());
    }

    /** As the JDK's UnixPath: ".." for each of this path's names past the common ones, then the other's rest. */
    public static Path relativize(Path self, Path other) {
        if (self.isAbsolute() != other.isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (equals(self, other)) {
            return self.getFileSystem().getPath("");
        }
        if (self.toString().isEmpty()) {
            return other;
        }
        int mine = names(self);
        int theirs = names(other);
        int common = 0;
        while (common < mine && common < theirs
                && self.getName(common).toString().equals(other.getName(common).toString())) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < mine; i++) {
            out.append(out.length() == 0 ? "" : "/").append("..");
        }
        for (int i = common; i < theirs; i++) {
            out.append(out.length() == 0 ? "" : "/").append(other.getName(i));
        }
        return self.getFileSystem().getPath(out.toString());
    }

    /** The names of {@code p}: none for the root and for the empty path. */
    private static int names(Path p) {
        return p.toString().isEmpty() ? 0 : p.getNameCount();
    }
}
