package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's libm: the math members of musl's static libc (Debian's musl-dev), packed into
 * an archive of their own. Only those members: the rest of musl's libc makes system calls,
 * which a guest cannot. The member list is a platform source (musl-math.members), so the
 * archive holds exactly what was reviewed, and ld pulls from it only what the image calls.
 */
final class MathLibrary {
    static final String MEMBERS = "musl-math.members";
    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/lib/x86_64-linux-musl/libc.a"),
            Path.of("/usr/lib/musl/lib/libc.a"));

    private MathLibrary() {
    }

    /** musl's static libc, or a clear error naming the package that provides it. */
    static Path muslLibc() throws ImageBuildException {
        for (Path candidate : CANDIDATES) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new ImageBuildException("musl's static libc (" + CANDIDATES.getFirst()
                + ") is missing: the guest's math functions come from it (install it: apt-get install musl-dev)");
    }

    /** Writes {@code work/libmath.a} from the listed members and returns its name relative to {@code work}. */
    static String build(Path work, byte[] memberList) throws ImageBuildException {
        List<String> members = new ArrayList<>();
        for (String line : new String(memberList, StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                members.add(name);
            }
        }
        Path dir = work.resolve("math");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ImageBuildException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<String> extract = new ArrayList<>(List.of("ar", "xo", muslLibc().toString()));
        extract.addAll(members);
        Toolchain.run(dir, extract, "ar");
        // D: zero timestamps and ids, so the archive (and the image) is reproducible.
        List<String> pack = new ArrayList<>(List.of("ar", "rcsD", "../libmath.a"));
        pack.addAll(members);
        Toolchain.run(dir, pack, "ar");
        return "libmath.a";
    }
}
