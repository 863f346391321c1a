package org.torito.difftest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.torito.boot.ImageBuildException;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;
import org.torito.difftest.Subprocess;

/**
 * Runs a public corpus of Java programs on HotSpot and through the AOT pipeline's hosted build
 * and compares them (docs/differential-suite.md, "Public corpus"). Run by
 * {@code scripts/difftest-corpus <corpus-dir>}:
 * <pre>
 *   CorpusHarness CORPUS_DIR [--work DIR] [--batch N] [--only REGEX] [--limit N] [--reselect]
 * </pre>
 * {@link Selection} picks the programs (kept in the work folder and reused unless
 * {@code --reselect}); they are built in batches of {@code --batch} programs into one executable
 * each, with a generated dispatcher; a program that breaks its batch's build is named from
 * TeaVM's problems ({@link BuildFailures}), or found by splitting the batch, and recorded as
 * build-fail. Each program then runs in its own process under the guest's stack size.
 * Writes {@code results.tsv} and {@code summary.txt} to the work folder.
 */
public final class CorpusHarness {
    static final long HEAP_BYTES = 128L << 20;
    static final int STACK_KIB = (int) (org.torito.vmm.machine.GuestLayout.STACK_SIZE / 1024);
    /** Generous: a program HotSpot runs in 10 s may be several times slower here; slowness is reported apart. */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    /** A matching program this many times slower than HotSpot (and over a second) is listed as slow. */
    static final int SLOW_FACTOR = 5;
    static final String DISPATCHER = "CorpusDispatch";

    private final Path corpus;
    private final Path work;
    private final int batchSize;
    private final Map<String, Selection.Program> programs = new LinkedHashMap<>();
    private final Map<String, Compare.Verdict> verdicts = new TreeMap<>();
    private final Map<String, Long> aotMillis = new TreeMap<>();
    private int builds;
    private long buildMillis;

    private CorpusHarness(Path corpus, Path work, int batchSize) {
        this.corpus = corpus;
        this.work = work;
        this.batchSize = batchSize;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        Path work = Path.of("vmm/target/difftest-corpus");
        int batch = 60;
        String only = null;
        int limit = Integer.MAX_VALUE;
        boolean reselect = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--reselect" -> reselect = true;
                default -> {
                    if (args[i].startsWith("--") || corpus != null) {
                        throw new IllegalArgumentException("usage: CorpusHarness CORPUS_DIR [--work DIR] [--batch N] "
                                + "[--only REGEX] [--limit N] [--reselect]; unexpected " + args[i]);
                    }
                    corpus = Path.of(args[i]);
                }
            }
        }
        if (corpus == null || !Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("corpus directory missing or not a directory: " + corpus);
        }
        CorpusHarness h = new CorpusHarness(corpus.toAbsolutePath().normalize(), work.toAbsolutePath().normalize(), batch);
        h.run(only == null ? null : Pattern.compile(only), limit, reselect);
    }

    private void run(Pattern only, int limit, boolean reselect) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(work);
        List<Selection.Outcome> outcomes = select(reselect);
        long selectMillis = (System.nanoTime() - start) / 1_000_000;
        List<Selection.Program> chosen = new ArrayList<>();
        for (Selection.Program p : programs.values()) {
            if ((only == null || only.matcher(p.name()).find()) && chosen.size() < limit) {
                chosen.add(p);
            }
        }
        log("compare: " + chosen.size() + " of " + programs.size() + " selected programs, batches of " + batchSize);
        Path results = work.resolve("results.tsv");
        Files.deleteIfExists(results);
        Path out = work.resolve("out");
        Selection.deleteTree(out);
        Files.createDirectories(out);
        long compareStart = System.nanoTime();
        for (int i = 0; i < chosen.size(); i += batchSize) {
            List<Selection.Program> batch = chosen.subList(i, Math.min(chosen.size(), i + batchSize));
            String id = "b" + (i / batchSize + 1);
            Map<String, Path> built = new LinkedHashMap<>();
            buildBatch(id, batch, built);
            for (Selection.Program p : batch) {
                if (built.containsKey(p.name())) {
                    runOne(p, built.get(p.name()), out);
                }
            }
            writeResults(results, chosen);
            log("compare: " + verdicts.size() + "/" + chosen.size() + " done, " + count(Compare.Status.MATCH) + " match");
        }
        long compareMillis = (System.nanoTime() - compareStart) / 1_000_000;
        writeResults(results, chosen);
        String summary = summary(outcomes, chosen, selectMillis, compareMillis);
        Files.writeString(work.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
        log("results: " + results + " and " + work.resolve("summary.txt"));
    }

    // ---- selection, kept between runs -------------------------------------------------------

    private List<Selection.Outcome> select(boolean reselect) throws IOException, InterruptedException {
        Path tsv = work.resolve("selection.tsv");
        if (!reselect && Files.isRegularFile(tsv) && Files.readAllLines(tsv).get(0).equals("# corpus\t" + corpus)) {
            log("select: reusing " + tsv + " (--reselect to choose again)");
            return readSelection(tsv);
        }
        Selection.deleteTree(work.resolve("programs"));
        List<Selection.Program> selected = new ArrayList<>();
        List<Selection.Outcome> outcomes = new Selection(corpus, work).run(selected, CorpusHarness::log);
        for (Selection.Program p : selected) {
            programs.put(p.name(), p);
        }
        StringBuilder sb = new StringBuilder("# corpus\t" + corpus + "\n");
        sb.append("# program\tsource\toutcome\tdetail\tpackage\tmain class\thotspot ms\n");
        for (Selection.Outcome o : outcomes) {
            Selection.Program p = programs.get(o.name());
            sb.append(o.name()).append('\t').append(corpus.relativize(o.source())).append('\t')
                    .append(o.filter() == null ? "selected" : o.filter().name()).append('\t').append(tsvField(o.detail()));
            if (p != null) {
                sb.append('\t').append(p.packageName()).append('\t').append(p.mainClass()).append('\t').append(p.hotspotMillis());
            }
            sb.append('\n');
        }
        Files.writeString(tsv, sb.toString(), StandardCharsets.UTF_8);
        return outcomes;
    }

    private List<Selection.Outcome> readSelection(Path tsv) throws IOException {
        List<Selection.Outcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Path source = corpus.resolve(f[1]);
            Selection.Filter filter = f[2].equals("selected") ? null : Selection.Filter.valueOf(f[2]);
            outcomes.add(new Selection.Outcome(f[0], source, filter, f[3]));
            if (filter == null) {
                Path dir = work.resolve("programs").resolve(f[0]);
                programs.put(f[0], new Selection.Program(f[0], source, f[4], f[5], dir.resolve("classes"),
                        Files.readAllBytes(dir.resolve("hotspot.out")), 0, Long.parseLong(f[6])));
            }
        }
        return outcomes;
    }

    // ---- building batches ---------------------------------------------------------------------

    /** Builds the batch; each program that builds is mapped to its executable in {@code built}. */
    private void buildBatch(String id, List<Selection.Program> batch, Map<String, Path> built) throws Exception {
        List<Selection.Program> remaining = new ArrayList<>(batch);
        for (int attempt = 1; !remaining.isEmpty(); attempt++) {
            String attemptId = id + (attempt == 1 ? "" : "-" + attempt);
            String failure = tryBuild(attemptId, remaining, built);
            if (failure == null) {
                return;
            }
            Map<String, Selection.Program> byPackage = new LinkedHashMap<>();
            for (Selection.Program p : remaining) {
                byPackage.put(p.packageName(), p);
            }
            BuildFailures.Blame blame = BuildFailures.blame(failure, byPackage.keySet());
            if (blame.byPackage().isEmpty()) {
                if (remaining.size() == 1) {
                    verdicts.put(remaining.get(0).name(), new Compare.Verdict(Compare.Status.BUILD_FAIL,
                            blame.unattributed().isEmpty() ? Compare.shorten(oneLine(failure))
                                    : describeAll(blame.unattributed())));
                    return;
                }
                // Nothing names a program (the problems lie in JDK classes TeaVM compiled for one):
                // split, the programs whose classes refer to those JDK classes apart from the rest,
                // else in halves, and let each part find its own culprits.
                List<Selection.Program> suspects = suspects(remaining, blame.unattributed());
                List<Selection.Program> first = suspects.isEmpty() || suspects.size() == remaining.size()
                        ? remaining.subList(0, remaining.size() / 2) : suspects;
                List<Selection.Program> second = new ArrayList<>(remaining);
                second.removeAll(first);
                log("build " + attemptId + ": failed naming no program (" + Compare.shorten(oneLine(failure))
                        + "); splitting " + remaining.size() + " into " + first.size()
                        + (first == suspects ? " suspects" : "") + " and " + second.size());
                buildBatch(attemptId + "a", new ArrayList<>(first), built);
                buildBatch(attemptId + "b", second, built);
                return;
            }
            for (Map.Entry<String, Set<String>> e : blame.byPackage().entrySet()) {
                Selection.Program p = byPackage.get(e.getKey());
                Set<String> apis = new LinkedHashSet<>();
                for (String problem : e.getValue()) {
                    apis.add(BuildFailures.missingApi(problem));
                }
                verdicts.put(p.name(), new Compare.Verdict(Compare.Status.BUILD_FAIL, String.join(" | ", apis)));
                remaining.remove(p);
            }
            log("build " + attemptId + ": " + blame.byPackage().size() + " program(s) do not build; again with "
                    + remaining.size());
        }
    }

    /**
     * The programs whose class files name a class where one of the problems lies, or failing
     * that, a class of its package (java.util.concurrent's locks are reached through executors).
     */
    private static List<Selection.Program> suspects(List<Selection.Program> programs, List<String> problems)
            throws IOException {
        Set<String> classes = new LinkedHashSet<>();
        Set<String> packages = new LinkedHashSet<>();
        for (String problem : problems) {
            String c = BuildFailures.locationClass(problem);
            if (c != null) {
                classes.add(c);
                packages.add(c.substring(0, c.lastIndexOf('/') + 1));
            }
        }
        List<Selection.Program> byClass = referring(programs, classes);
        return byClass.isEmpty() ? referring(programs, packages) : byClass;
    }

    /** The programs whose class files contain one of these internal names (or name prefixes). */
    private static List<Selection.Program> referring(List<Selection.Program> programs, Set<String> classes)
            throws IOException {
        List<Selection.Program> suspects = new ArrayList<>();
        for (Selection.Program p : programs) {
            String bytes;
            try (Stream<Path> walk = Files.walk(p.classes())) {
                StringBuilder all = new StringBuilder();
                for (Path f : walk.filter(x -> x.toString().endsWith(".class")).toList()) {
                    all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                }
                bytes = all.toString();
            }
            if (classes.stream().anyMatch(bytes::contains)) {
                suspects.add(p);
            }
        }
        return suspects;
    }

    /** The distinct problems of a program that fails alone, at most eight. */
    private static String describeAll(List<String> problems) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String p : problems) {
            distinct.add(BuildFailures.describe(p));
        }
        List<String> list = new ArrayList<>(distinct);
        return list.size() <= 8 ? String.join(" | ", list)
                : String.join(" | ", list.subList(0, 8)) + " | (" + (list.size() - 8) + " more)";
    }

    /** One build of these programs; null when it worked (then each is in {@code built}), else the failure's text. */
    private String tryBuild(String id, List<Selection.Program> batch, Map<String, Path> built) throws Exception {
        Path dir = work.resolve("build").resolve(id);
        Path classes = dir.resolve("classes");
        Selection.deleteTree(classes);
        Files.createDirectories(classes);
        Set<String> packages = new LinkedHashSet<>();
        for (Selection.Program p : batch) {
            copyTree(p.classes(), classes);
            packages.add(p.packageName());
        }
        Path src = dir.resolve("src").resolve(ProgramSource.ROOT_PACKAGE);
        Files.createDirectories(src);
        Path dispatcher = src.resolve(DISPATCHER + ".java");
        Files.writeString(dispatcher, ProgramSource.dispatcherSource(DISPATCHER, packages), StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, err, err, "-d", classes.toString(), "-cp",
                classes.toString(), "-proc:none", "-nowarn", dispatcher.toString());
        if (rc != 0) {
            throw new IllegalStateException("the generated dispatcher does not compile:\n" + err);
        }
        long start = System.nanoTime();
        log("build " + id + ": " + batch.size() + " programs ...");
        builds++;
        try {
            Path exe = new ImageBuilder(line -> { }).buildHosted(new ImageSpec(ProgramSource.ROOT_PACKAGE + "." + DISPATCHER,
                    List.of(classes), dir.resolve("corpus.exe"), List.of()), HEAP_BYTES).image();
            for (Selection.Program p : batch) {
                built.put(p.name(), exe);
            }
            return null;
        } catch (ImageBuildException e) {
            // Every problem on its own, each at the program method that leads to it where one does.
            Files.writeString(dir.resolve("failure.txt"), e.details(), StandardCharsets.UTF_8);
            return e.details();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Files.writeString(dir.resolve("failure.txt"), message, StandardCharsets.UTF_8);
            return message;
        } finally {
            long ms = (System.nanoTime() - start) / 1_000_000;
            buildMillis += ms;
            log("build " + id + ": " + ms / 1000 + " s");
        }
    }

    // ---- running ------------------------------------------------------------------------------

    private void runOne(Selection.Program p, Path exe, Path out) throws IOException, InterruptedException {
        String arg = p.packageName().substring(p.packageName().lastIndexOf('.') + 1);
        // ulimit in a shell: Java cannot set a child's rlimits. The guest's stack per core.
        Subprocess.Result r = Subprocess.run(List.of("/bin/sh", "-c", "ulimit -s " + STACK_KIB + " && exec \"$0\" \"$@\"",
                exe.toString(), arg), exe.getParent(), RUN_TIMEOUT, Selection.MAX_OUTPUT * 2,
                Selection.MAX_STDERR);
        Compare.Verdict v = Compare.verdict(p.expected(), p.expectedExit(), r);
        verdicts.put(p.name(), v);
        aotMillis.put(p.name(), r.millis());
        if (v.status() != Compare.Status.MATCH) {
            Files.write(out.resolve(p.name() + ".hotspot"), p.expected());
            Files.write(out.resolve(p.name() + ".hosted-teavm"), r.stdout());
            Files.writeString(out.resolve(p.name() + ".stderr"), r.stderr(), StandardCharsets.UTF_8);
        }
    }

    // ---- reporting ----------------------------------------------------------------------------

    private void writeResults(Path results, List<Selection.Program> chosen) throws IOException {
        StringBuilder sb = new StringBuilder("program\tsource\tstatus\thotspot ms\thosted ms\tdetail\n");
        for (Selection.Program p : chosen) {
            Compare.Verdict v = verdicts.get(p.name());
            if (v == null) {
                continue;
            }
            Long ms = aotMillis.get(p.name());
            sb.append(p.name()).append('\t').append(corpus.relativize(p.source())).append('\t').append(v.status().label)
                    .append('\t').append(p.hotspotMillis()).append('\t').append(ms == null ? "" : ms).append('\t')
                    .append(tsvField(v.detail())).append('\n');
        }
        Files.writeString(results, sb.toString(), StandardCharsets.UTF_8);
    }

    private String summary(List<Selection.Outcome> outcomes, List<Selection.Program> chosen, long selectMillis,
            long compareMillis) {
        StringBuilder sb = new StringBuilder();
        sb.append("corpus: ").append(corpus).append('\n');
        sb.append("candidates (.java files): ").append(outcomes.size()).append('\n');
        Map<Selection.Filter, Integer> dropped = new LinkedHashMap<>();
        for (Selection.Filter f : Selection.Filter.values()) {
            dropped.put(f, 0);
        }
        for (Selection.Outcome o : outcomes) {
            if (o.filter() != null) {
                dropped.merge(o.filter(), 1, Integer::sum);
            }
        }
        int left = outcomes.size();
        for (Map.Entry<Selection.Filter, Integer> e : dropped.entrySet()) {
            left -= e.getValue();
            sb.append(String.format("  dropped %4d  %-62s -> %d left%n", e.getValue(), e.getKey().description, left));
        }
        sb.append("selected: ").append(programs.size()).append("; compared in this run: ").append(chosen.size()).append('\n');
        int n = chosen.size();
        int buildFail = count(Compare.Status.BUILD_FAIL);
        int built = n - buildFail;
        int ran = built - count(Compare.Status.CRASH) - count(Compare.Status.TIMEOUT);
        int match = count(Compare.Status.MATCH);
        sb.append(String.format("build: %d of %d (%.1f%%)%n", built, n, pct(built, n)));
        sb.append(String.format("run (exit code as HotSpot's, in time): %d of %d (%.1f%%)%n", ran, n, pct(ran, n)));
        sb.append(String.format("match HotSpot (stdout bytes and exit code): %d of %d (%.1f%%; goal 95%%)%n", match, n,
                pct(match, n)));
        for (Compare.Status s : Compare.Status.values()) {
            sb.append(String.format("  %-10s %4d%n", s.label, count(s)));
        }
        sb.append(String.format("time: selection %d s, %d builds %d s, comparison in all %d s%n", selectMillis / 1000,
                builds, buildMillis / 1000, compareMillis / 1000));
        // Build failures grouped by the missing API.
        Map<String, List<String>> byApi = new TreeMap<>();
        Map<String, List<String>> byCrash = new TreeMap<>();
        for (Map.Entry<String, Compare.Verdict> e : verdicts.entrySet()) {
            Compare.Verdict v = e.getValue();
            if (v.status() == Compare.Status.BUILD_FAIL) {
                for (String api : v.detail().split(" \\| ")) {
                    if (!api.matches("\\(\\d+ more\\)")) {
                        byApi.computeIfAbsent(api, k -> new ArrayList<>()).add(e.getKey());
                    }
                }
            } else if (v.status() == Compare.Status.CRASH) {
                String d = v.detail();
                int semi = d.indexOf(';');
                String head = semi < 0 ? d : d.substring(0, semi);
                int colon = head.indexOf(": ", head.indexOf(": ") + 2);
                byCrash.computeIfAbsent(colon < 0 ? head : head.substring(0, colon), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        sb.append("\nbuild-fail by missing API (programs):\n");
        byApi.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> sb.append(String.format("  %3d  %s  (%s)%n", e.getValue().size(), e.getKey(),
                        String.join(", ", e.getValue()))));
        sb.append("\ncrash by exit and exception (programs):\n");
        byCrash.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> sb.append(String.format("  %3d  %s  (%s)%n", e.getValue().size(), e.getKey(),
                        String.join(", ", e.getValue()))));
        sb.append("\ndiffers and timeout:\n");
        for (Map.Entry<String, Compare.Verdict> e : verdicts.entrySet()) {
            Compare.Status s = e.getValue().status();
            if (s == Compare.Status.DIFFERS || s == Compare.Status.TIMEOUT) {
                sb.append("  ").append(s.label).append("  ").append(e.getKey()).append(": ").append(e.getValue().detail())
                        .append('\n');
            }
        }
        sb.append("\nslow (matching, over 1 s and ").append(SLOW_FACTOR).append("x HotSpot's time; HotSpot ms, hosted ms):\n");
        for (Selection.Program p : chosen) {
            Long ms = aotMillis.get(p.name());
            Compare.Verdict v = verdicts.get(p.name());
            if (ms != null && v != null && v.status() == Compare.Status.MATCH && ms > 1000
                    && ms > SLOW_FACTOR * p.hotspotMillis()) {
                sb.append("  ").append(p.name()).append(": ").append(p.hotspotMillis()).append(", ").append(ms).append('\n');
            }
        }
        return sb.toString();
    }

    private int count(Compare.Status s) {
        return (int) verdicts.values().stream().filter(v -> v.status() == s).count();
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static String tsvField(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String oneLine(String s) {
        return s.strip().replace('\n', ' ').replaceAll("\\s+", " ");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void log(String line) {
        System.err.println("corpus: " + line);
    }
}
