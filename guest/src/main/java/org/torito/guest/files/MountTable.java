package org.torito.guest.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.torito.guest.boot.SettingsTable;
import org.torito.guest.kernel.KernelCalls;

/**
 * Where the config mounts each disk ({@code "disks": [{"path": "site.img", "mount": "/data"}]}),
 * as the boot info's mount table carries it (docs/boot-abi.md): which disk a path of java.io or
 * java.nio.file lies on, and which path inside that disk's file system it names. The monitor
 * checked the mount points (absolute, normalized, distinct), so they are matched by their text.
 */
public final class MountTable {
    /** This core's table, read from the boot info on first use (statics are per core). */
    private static MountTable current;

    private final int[] disks;
    private final String[] points;

    MountTable(Map<String, String> table) {
        disks = new int[table.size()];
        points = new String[table.size()];
        int i = 0;
        for (Map.Entry<String, String> e : table.entrySet()) {
            disks[i] = Integer.parseInt(e.getKey());
            points[i] = e.getValue();
            i++;
        }
    }

    public static MountTable current() {
        if (current == null) {
            current = new MountTable(SettingsTable.read(KernelCalls.mountsAddress(), KernelCalls.mountsLength()));
        }
        return current;
    }

    /**
     * The mount whose point is the longest prefix of {@code path} (absolute and normalized), as
     * its index in this table, or -1 when the path lies on no disk. "/data" holds "/data" and
     * "/data/x", not "/database".
     */
    public int find(String path) {
        int best = -1;
        for (int i = 0; i < points.length; i++) {
            if (holds(points[i], path) && (best < 0 || points[i].length() > points[best].length())) {
                best = i;
            }
        }
        return best;
    }

    /** The disk of mount {@code mount}. */
    public int disk(int mount) {
        return disks[mount];
    }

    /** The path inside mount {@code mount}'s file system that {@code path} names: "/" for the mount point. */
    public String inside(int mount, String path) {
        String point = points[mount];
        if (point.equals("/")) {
            return path;
        }
        return path.length() == point.length() ? "/" : path.substring(point.length());
    }

    /**
     * The names that a directory on no disk shows: the next name of each mount point below
     * {@code dir} ("/" shows "data" for "/data" and "srv" for "/srv/www"), sorted, each once.
     * Empty when no mount point lies below it (the directory does not exist then).
     */
    public String[] namesBelow(String dir) {
        List<String> names = new ArrayList<>();
        String prefix = dir.equals("/") ? "/" : dir + "/";
        for (String point : points) {
            if (point.length() > prefix.length() && point.startsWith(prefix)) {
                int end = point.indexOf('/', prefix.length());
                String name = point.substring(prefix.length(), end < 0 ? point.length() : end);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        String[] sorted = names.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static boolean holds(String point, String path) {
        if (point.equals("/")) {
            return true;
        }
        return path.startsWith(point) && (path.length() == point.length() || path.charAt(point.length()) == '/');
    }
}
