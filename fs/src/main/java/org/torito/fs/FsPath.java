package org.torito.fs;

import java.util.ArrayList;

/** Absolute '/'-separated paths. Without symlink following, ".." can be resolved by name alone. */
public final class FsPath {
    private FsPath() {
    }

    /** The names along {@code path}; none for "/". */
    public static String[] split(String path) throws FsException {
        if (path == null || !path.startsWith("/")) {
            throw new FsException(FsError.INVALID_ARGUMENT, "not an absolute path: " + path);
        }
        ArrayList<String> names = new ArrayList<String>();
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String name = path.substring(start, end);
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else if (!name.isEmpty() && !name.equals(".")) {
                if (name.indexOf('\0') >= 0) {
                    throw new FsException(FsError.INVALID_ARGUMENT, "NUL in path " + path);
                }
                names.add(name);
            }
            start = end + 1;
        }
        return names.toArray(new String[0]);
    }

    /** "/" + names[0..count) joined. */
    public static String join(String[] names, int count) {
        if (count == 0) {
            return "/";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append('/').append(names[i]);
        }
        return s.toString();
    }
}
