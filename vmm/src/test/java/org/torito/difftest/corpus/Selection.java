package org.torito.difftest.corpus;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.torito.difftest.Subprocess;

/**
 * Chooses the corpus programs the harness compares, by a fixed sequence of filters whose every
 * drop is counted (docs/differential-suite.md, "Public corpus"): every {@code *.java} file under
 * the corpus directory is a candidate, in path order.
 * <ol>
 * <li>text filters on the source with comments and strings blanked: no static {@code main};
 *     AWT/Swing/JavaFX/applets; reading input; files, network or processes; the clock;</li>
 * <li>javac 25 compiles it alone, in its own package, with only {@code java.base} observable
 *     (a program that needs another module is counted apart from one that does not compile);</li>
 * <li>a top-level class has a static {@code main(String[])} or {@code main()};</li>
 * <li>HotSpot runs it with no input and no arguments within {@link #HOTSPOT_TIMEOUT}, exit 0, at
 *     most {@link #MAX_OUTPUT} bytes of output;</li>
 * <li>a second HotSpot run with other identity hash codes ({@code -XX:hashCode=3}) prints the
 *     same bytes: no unseeded randomness, no time, no identity hashes (a program that mentions
 *     unseeded randomness, {@link #UNSEEDED_RANDOM}, runs {@link #RANDOM_RUNS} times more).</li>
 * </ol>
 * Each program's rewritten source, classes and HotSpot output are kept under the work folder.
 */
final class Selection {
    static final Duration HOTSPOT_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_OUTPUT = 1 << 20;
    /** The stderr kept of each run: enough for a stack trace or TeaVM's report. */
    static final int MAX_STDERR = 16 * 1024;
    /** HotSpot as a user runs {@code java Prog}, with UTF-8 output to a file and one GC thread. */
    static final List<String> HOTSPOT_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8");
    static final List<String> OTHER_HASHES = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3");

    /** The filters in the order they apply; a program is dropped by the first that rejects it. */
    enum Filter {
        NO_MAIN_TEXT("no static main in the source"),
        GUI("AWT, Swing, JavaFX or applets"),
        INPUT("reads input (System.in, Scanner, Console)"),
        FILES_NETWORK("files, network or processes"),
        CLOCK("reads the clock (currentTimeMillis, nanoTime, Date, now())"),
        JAVAC("javac 25 does not compile it alone"),
        MODULES("needs a module beyond java.base"),
        NO_MAIN_CLASS("no top-level class with a static main"),
        HOTSPOT_TIMEOUT("HotSpot: not done within 10 s"),
        HOTSPOT_FAILS("HotSpot: exit code not 0 (an exception, or arguments expected)"),
        HOTSPOT_OUTPUT("HotSpot: more than 1 MiB of output"),
        NONDETERMINISTIC("HotSpot: two runs print different output (random, time, identity hashes, threads)");

        final String description;

        Filter(String description) {
            this.description = description;
        }
    }

    /** Unseeded randomness: such a program runs {@link #RANDOM_RUNS} more times. */
    static final Pattern UNSEEDED_RANDOM = Pattern.compile("\\bnew\\s+Random\\s*\\(\\s*\\)|\\bMath\\s*\\.\\s*random\\b"
            + "|\\bThreadLocalRandom\\b|\\bSecureRandom\\b|\\brandomUUID\\b|\\bCollections\\s*\\.\\s*shuffle\\s*\\([^,()]*\\)");
    static final int RANDOM_RUNS = 4;

    private static final Map<Filter, Pattern> TEXT_FILTERS = new LinkedHashMap<>();

    static {
        TEXT_FILTERS.put(Filter.GUI, Pattern.compile("\\bjava\\.awt\\b|\\bjavax\\.swing\\b|\\bjavafx\\b|\\bjava\\.applet\\b"
                + "|\\b(JFrame|JPanel|JComponent|Applet|Graphics2D|BufferedImage|ImageIO)\\b"));
        TEXT_FILTERS.put(Filter.INPUT, Pattern.compile("\\bSystem\\s*\\.\\s*in\\b|\\bScanner\\b|\\bSystem\\s*\\.\\s*console\\b"
                + "|\\bConsole\\b|\\bInputStreamReader\\b"));
        TEXT_FILTERS.put(Filter.FILES_NETWORK, Pattern.compile("\\bjava\\.net\\b|\\bURL\\b|\\bURI\\b|\\bSocket\\b|\\bServerSocket\\b"
                + "|\\bjava\\.nio\\.file\\b|\\bFiles\\s*\\.|\\bPaths?\\s*\\.\\s*(get|of)\\b|\\bnew\\s+File\\w*\\s*\\("
                + "|\\bFile(Reader|Writer|InputStream|OutputStream)\\b|\\bRandomAccessFile\\b|\\bProcessBuilder\\b"
                + "|\\.exec\\s*\\(|\\bgetResource(AsStream)?\\b|\\bjava\\.io\\.File\\b"));
        TEXT_FILTERS.put(Filter.CLOCK, Pattern.compile("\\bcurrentTimeMillis\\b|\\bnanoTime\\b|\\bnew\\s+Date\\s*\\(\\s*\\)"
                + "|\\b(LocalDate|LocalTime|LocalDateTime|ZonedDateTime|OffsetDateTime|Instant|Clock|Year|YearMonth)\\s*\\.\\s*(now|system\\w*)\\b"
                + "|\\bCalendar\\s*\\.\\s*getInstance\\s*\\(\\s*\\)|\\bGregorianCalendar\\s*\\(\\s*\\)"));
    }

    /** A program that passed every filter. */
    record Program(String name, Path source, String packageName, String mainClass, Path classes, byte[] expected,
            int expectedExit, long hotspotMillis) {
    }

    /** A candidate and what became of it: {@code filter} null when selected. */
    record Outcome(String name, Path source, Filter filter, String detail) {
    }

    private final Path corpus;
    private final Path work;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Selection(Path corpus, Path work) {
        this.corpus = corpus;
        this.work = work;
    }

    /** Every {@code .java} file under the corpus, in path order, each with a unique program name. */
    static Map<String, Path> candidates(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> corpus.relativize(p).toString())).toList();
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        Set<String> packages = new HashSet<>();
        for (Path f : files) {
            String base = f.getFileName().toString();
            base = base.substring(0, base.length() - ".java".length());
            String name = base;
            for (int i = 2; !packages.add(ProgramSource.packageFor(name)); i++) {
                name = base + "~" + i;
            }
            byName.put(name, f);
        }
        return byName;
    }

    List<Outcome> run(List<Program> selected, java.util.function.Consumer<String> log) throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Path> candidates = candidates(corpus);
        int i = 0;
        for (Map.Entry<String, Path> c : candidates.entrySet()) {
            i++;
            String name = c.getKey();
            Outcome o;
            try {
                o = consider(name, c.getValue(), selected);
            } catch (IOException | RuntimeException e) {
                o = new Outcome(name, c.getValue(), Filter.JAVAC, "harness: " + e);
            }
            outcomes.add(o);
            if (i % 50 == 0 || i == candidates.size()) {
                log.accept("select: " + i + "/" + candidates.size() + " considered, " + selected.size() + " selected");
            }
        }
        return outcomes;
    }

    private Outcome consider(String name, Path file, List<Program> selected) throws IOException, InterruptedException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String code = ProgramSource.withoutComments(source);
        if (!ProgramSource.mentionsStaticMain(source)) {
            return new Outcome(name, file, Filter.NO_MAIN_TEXT, "");
        }
        for (Map.Entry<Filter, Pattern> f : TEXT_FILTERS.entrySet()) {
            Matcher m = f.getValue().matcher(code);
            if (m.find()) {
                return new Outcome(name, file, f.getKey(), m.group().strip());
            }
        }
        String pkg = ProgramSource.packageFor(name);
        Path dir = work.resolve("programs").resolve(name);
        deleteTree(dir);
        Path src = dir.resolve("src").resolve(pkg.replace('.', '/'));
        Path classes = dir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(classes);
        Path unit = src.resolve(ProgramSource.publicTypeName(source).orElse("Main") + ".java");
        Files.writeString(unit, ProgramSource.withPackage(source, pkg), StandardCharsets.UTF_8);
        String errors = compile(classes, true, unit);
        if (errors != null) {
            deleteTree(classes);
            Files.createDirectories(classes);
            String plain = compile(classes, false, unit);
            return plain == null
                    ? new Outcome(name, file, Filter.MODULES, firstError(errors))
                    : new Outcome(name, file, Filter.JAVAC, firstError(plain));
        }
        Optional<String[]> main = mainClass(classes, pkg);
        if (main.isEmpty()) {
            return new Outcome(name, file, Filter.NO_MAIN_CLASS, "");
        }
        String mainClass = main.get()[0];
        Path entry = src.resolve(ProgramSource.ENTRY_CLASS + ".java");
        Files.writeString(entry, ProgramSource.entrySource(pkg, mainClass.substring(pkg.length() + 1)).replace(
                "main(new String[0])", main.get()[1]), StandardCharsets.UTF_8);
        String entryErrors = compile(classes, true, entry, "-cp", classes.toString());
        if (entryErrors != null) {
            return new Outcome(name, file, Filter.NO_MAIN_CLASS, "entry: " + firstError(entryErrors));
        }

        Subprocess.Result first = hotspot(classes, mainClass, List.of());
        if (first.timedOut()) {
            return new Outcome(name, file, Filter.HOTSPOT_TIMEOUT, "");
        }
        if (first.exitCode() != 0) {
            return new Outcome(name, file, Filter.HOTSPOT_FAILS, "exit " + first.exitCode() + ": " + firstLine(first.stderr()));
        }
        if (first.stdoutTruncated()) {
            return new Outcome(name, file, Filter.HOTSPOT_OUTPUT, "");
        }
        // A program that draws unseeded random numbers can print the same twice by chance (a die
        // roll does one time in six): it gets more runs.
        int runs = UNSEEDED_RANDOM.matcher(code).find() ? 1 + RANDOM_RUNS : 1;
        for (int r = 0; r < runs; r++) {
            Subprocess.Result again = hotspot(classes, mainClass, r == 0 ? OTHER_HASHES : List.of());
            if (again.exitCode() != 0 || !Arrays.equals(first.stdout(), again.stdout())) {
                return new Outcome(name, file, Filter.NONDETERMINISTIC,
                        Compare.firstDifference(first.stdout(), again.stdout()));
            }
        }
        Files.write(dir.resolve("hotspot.out"), first.stdout());
        selected.add(new Program(name, file, pkg, mainClass, classes, first.stdout(), first.exitCode(), first.millis()));
        return new Outcome(name, file, null, "");
    }

    private Subprocess.Result hotspot(Path classes, String mainClass, List<String> extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(HOTSPOT_OPTIONS);
        cmd.addAll(extra);
        cmd.addAll(List.of("-cp", classes.toString(), mainClass));
        return Subprocess.run(cmd, classes, HOTSPOT_TIMEOUT, MAX_OUTPUT, MAX_STDERR);
    }

    /** javac in this JVM; null when it compiled, else its diagnostics. */
    private String compile(Path classes, boolean javaBaseOnly, Path unit, String... extra) {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "-proc:none",
                "-nowarn", "-Xlint:none", "-XDsuppressNotes", "-implicit:none"));
        if (javaBaseOnly) {
            args.addAll(List.of("--limit-modules", "java.base"));
        }
        args.addAll(List.of(extra));
        args.add(unit.toString());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        return rc == 0 ? null : err.toString(StandardCharsets.UTF_8);
    }

    /** The main class (a top-level class with a static main, public ones first) and the call that runs it. */
    private static Optional<String[]> mainClass(Path classes, String pkg) throws IOException {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length())).sorted().toList();
        }
        String[] found = null;
        boolean foundPublic = false;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String n : names) {
                Class<?> c;
                try {
                    c = Class.forName(n, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                String call = null;
                try {
                    Method m = c.getDeclaredMethod("main", String[].class);
                    if (Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers())) {
                        call = "main(new String[0])";
                    }
                } catch (NoSuchMethodException | LinkageError e) {
                    // try main()
                }
                if (call == null) {
                    try {
                        Method m = c.getDeclaredMethod("main");
                        if (Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers())) {
                            call = "main()";
                        }
                    } catch (NoSuchMethodException | LinkageError e) {
                        // no main here
                    }
                }
                if (call != null && (found == null || (!foundPublic && Modifier.isPublic(c.getModifiers())))) {
                    found = new String[] {n, call};
                    foundPublic = Modifier.isPublic(c.getModifiers());
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static String firstError(String diagnostics) {
        for (String line : diagnostics.split("\n")) {
            int i = line.indexOf("error: ");
            if (i >= 0) {
                return line.substring(i + "error: ".length()).strip();
            }
        }
        return firstLine(diagnostics);
    }

    static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
