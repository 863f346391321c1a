package org.torito.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform layer (boot/src/main/c/torito) as it is packaged: classpath resources of
 * torito-boot, so an installed jar builds images without the source tree.
 */
final class PlatformSources {
    static final String RESOURCE_ROOT = "/org/torito/boot/platform/torito/";
    /** Compiled into hosted builds too: the Java stack's limit. */
    static final String JAVA_STACK = "java_stack.c";
    static final List<String> C_FILES = List.of("start.c", "console.c", "memory.c", "cmdline.c", "cores.c", "devices.c",
            JAVA_STACK);
    /** Compiled apart: these define mem*, str* and must not be turned into calls to themselves. */
    static final List<String> LIBC_FILES = List.of("libc.c");
    static final List<String> ASM_FILES = List.of("entry.S");
    static final String HEADER = "torito.h";
    /** Declares what torito-guest's Java reaches through @Import; TeaVM's C includes it as {@code <torito_guest.h>}. */
    static final String GUEST_HEADER = "torito_guest.h";
    static final String LINKER_SCRIPT = "torito.ld";
    /** Shadows glibc's for TeaVM's code in an image: the jmp_buf that entry.S fills. */
    static final String SETJMP_HEADER = "setjmp.h";

    private PlatformSources() {
    }

    static List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(HEADER);
        names.add(GUEST_HEADER);
        names.add(SETJMP_HEADER);
        names.add(LINKER_SCRIPT);
        names.add(MathLibrary.MEMBERS);
        names.addAll(C_FILES);
        names.addAll(LIBC_FILES);
        names.addAll(ASM_FILES);
        return names;
    }

    /** Every platform file's bytes, in a fixed order (for the cache key). */
    static Map<String, byte[]> read() throws ImageBuildException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : allNames()) {
            try (InputStream in = PlatformSources.class.getResourceAsStream(RESOURCE_ROOT + name)) {
                if (in == null) {
                    throw new ImageBuildException("platform source " + name + " is missing from torito-boot's classpath ("
                            + RESOURCE_ROOT + name + ")");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new ImageBuildException("cannot read platform source " + name + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    static void writeTo(Map<String, byte[]> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }
}
