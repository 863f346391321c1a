package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Refuses generated C that TeaVM 0.15 got wrong in a way gcc would not notice: a primitive
 * array element stored into a local declared as a pointer (docs/aot-pipeline.md, "TeaVM
 * coroutine bugs", 3). Such a local may also be a GC root, so the collector could take the
 * number for an object; with {@code -w} gcc says nothing unless the code happens to do
 * arithmetic on it. RestoredArrayCasts prevents the known shapes; this is the safety net for
 * any it misses. A build that stops here names the method, so the source can be changed.
 */
final class GeneratedCodeCheck {
    private static final Pattern FUNCTION = Pattern.compile("\\n(?=[A-Za-z_][\\w* ]*\\bmeth_\\w+\\()");
    private static final Pattern NAME = Pattern.compile("\\bmeth_\\w+");
    private static final Pattern DECLARATION =
            Pattern.compile("(?m)^\\s+(void\\*|TeaVM_Array\\*|int8_t|int16_t|uint16_t|int32_t|int64_t|float|double)\\s+(teavm_local_\\d+);");
    private static final Pattern ELEMENT_LOAD =
            Pattern.compile("(teavm_local_\\d+) = TEAVM_ARRAY_AT\\([^,]+, (int8_t|int16_t|uint16_t|int32_t|int64_t|float|double),");

    private GeneratedCodeCheck() {
    }

    static void verify(Path generatedDir) throws IOException, ImageBuildException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(generatedDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                problems.addAll(problems(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImageBuildException("TeaVM 0.15 mistyped a primitive array element read after a suspension"
                    + " in a shape RestoredArrayCasts does not handle (docs/aot-pipeline.md, \"TeaVM coroutine bugs\", 3):"
                    + " read the array in a method that does not suspend, and report the shape. In: "
                    + String.join(", ", problems));
        }
    }

    /** "method: local <- element type" for each primitive element stored into a pointer-typed local. */
    static List<String> problems(String c) {
        List<String> found = new ArrayList<>();
        for (String function : FUNCTION.split(c)) {
            Map<String, String> types = new HashMap<>();
            Matcher d = DECLARATION.matcher(function);
            while (d.find()) {
                types.put(d.group(2), d.group(1));
            }
            Matcher load = ELEMENT_LOAD.matcher(function);
            while (load.find()) {
                String declared = types.getOrDefault(load.group(1), "");
                if (declared.endsWith("*")) {
                    Matcher name = NAME.matcher(function);
                    found.add((name.find() ? name.group() : "?") + ": " + load.group(1) + " (" + declared + ") <- "
                            + load.group(2));
                }
            }
        }
        return found;
    }
}
