package org.torito.boot;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.teavm.backend.c.generate.SimpleFileNameProvider;
import org.teavm.cache.AlwaysStaleCacheStatus;
import org.teavm.cache.EmptyProgramCache;
import org.teavm.dependency.PreciseDependencyAnalyzer;
import org.teavm.diagnostics.Problem;
import org.teavm.extension.spi.substitution.SubstitutionPolicy;
import org.teavm.model.PreOptimizingClassHolderSource;
import org.teavm.model.ReferenceCache;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.teavm.parsing.ClasspathResourceProvider;
import org.teavm.parsing.substitution.DefaultSubstituteClassNameMapping;
import org.teavm.vm.DirectoryBuildTarget;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMBuilder;
import org.teavm.vm.TeaVMOptimizationLevel;
import org.torito.boot.teavm.ApplicationBridge;
import org.torito.boot.teavm.EarlyPasses;
import org.torito.boot.teavm.JdkSubstitutions;
import org.torito.boot.teavm.ToritoCTarget;

/**
 * Builds a guest image: Java bytecode -> C (TeaVM) -> objects (gcc) -> ELF (ld, Torito's
 * linker script). Work files go to {@code <output>.build/} next to the output, and the
 * cache key to {@code <output>.key}. See docs/aot-pipeline.md.
 */
public final class ImageBuilder {
    /** Bump when the pipeline changes in a way that changes images. */
    private static final String PIPELINE_VERSION = "torito-aot-32";

    /** -fwrapv: TeaVM writes Java's int and long arithmetic as C's signed arithmetic, which must wrap as Java's does. */
    static final List<String> CFLAGS = List.of("-O2", "-fwrapv", "-fno-pie", "-U_FORTIFY_SOURCE", "-fno-stack-protector",
            "-ffunction-sections", "-fdata-sections", "-mno-red-zone", "-fno-asynchronous-unwind-tables",
            "-fno-unwind-tables", "-fno-ident", "-fcf-protection=none", "-ffile-prefix-map=.=.");
    static final List<String> PLATFORM_CFLAGS = List.of("-ffreestanding", "-Wall", "-Werror");
    static final List<String> LIBC_CFLAGS = List.of("-fno-builtin", "-fno-tree-loop-distribute-patterns");
    static final List<String> LDFLAGS = List.of("-static", "-nostdlib", "--gc-sections", "--build-id=none",
            "-z", "noexecstack", "-z", "max-page-size=4096", "--orphan-handling=error");
    /** The image as it is written to the output: the linked {@code image.elf} without its symbol table. */
    private static final String STRIPPED = "image-stripped.elf";
    /** TeaVM's own heap numbers are replaced at build time (GeneratedCodePatch); these only satisfy the tool. */
    private static final int TEAVM_HEAP_PLACEHOLDER = 16 << 20;

    private final Consumer<String> progress;

    /** @param progress receives short progress lines, e.g. "[1/3] TeaVM: Java -> C ..." */
    public ImageBuilder(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Builds {@code spec.output()}, or reuses it when every input is unchanged. */
    public ImageResult build(ImageSpec spec) throws ImageBuildException {
        Map<String, byte[]> platform = PlatformSources.read();
        BuildKey key = key(spec, platform).add("target", "guest");
        try {
            key.addPath("musl-libc", MathLibrary.muslLibc());
        } catch (IOException e) {
            throw new ImageBuildException("cannot read musl's libc: " + e.getMessage(), e);
        }
        return buildCached(spec, key, work -> {
            PlatformSources.writeTo(platform, work.resolve("platform"));

            progress.accept("[2/3] gcc: C -> objects ...");
            List<String> objects = compile(spec, work);

            progress.accept("[3/3] ld: objects -> " + spec.output().getFileName() + " ...");
            List<String> link = new ArrayList<>(List.of("ld"));
            link.addAll(LDFLAGS);
            link.addAll(List.of("-T", "platform/" + PlatformSources.LINKER_SCRIPT, "-o", "image.elf"));
            link.addAll(objects);
            link.add(MathLibrary.build(work, platform.get(MathLibrary.MEMBERS)));
            link.add(Toolchain.gccLibrary());
            Toolchain.run(work, link, "ld");
            SyscallCheck.verify(work.resolve("image.elf"));
            // The image boots without its symbol table (a fifth to a quarter of the file): nothing
            // reads it at run time (a stack trace comes from TeaVM's call-site tables). The
            // linked file keeps it, as <output>.build/image.elf, for gdb, nm and addr2line.
            Toolchain.run(work, List.of("objcopy", "--strip-all", "image.elf", STRIPPED), "objcopy");
            return work.resolve(STRIPPED);
        });
    }

    /**
     * Builds {@code spec} as an ordinary Linux executable instead of a guest image: the same
     * TeaVM configuration (Torito's plugin, the generated entry class) and the same patches to
     * the generated C, but linked against glibc with a fixed heap of {@code heapBytes}. Its
     * results predict a guest's, which makes it the stand-in where no monitor can run.
     * Extra C sources are compiled in as for an image.
     */
    public ImageResult buildHosted(ImageSpec spec, long heapBytes) throws ImageBuildException {
        if (heapBytes < (1 << 20) || heapBytes % 65536 != 0) {
            throw new ImageBuildException("hosted heap size must be a multiple of 64 KiB and at least 1 MiB, got "
                    + heapBytes);
        }
        byte[] hosted = HostedPlatform.read();
        Map<String, byte[]> platform = PlatformSources.read();
        byte[] guestHeader = platform.get(PlatformSources.GUEST_HEADER);
        byte[] javaStack = platform.get(PlatformSources.JAVA_STACK);
        BuildKey key = key(spec, Map.of()).add("target", "hosted").add("heap", Long.toString(heapBytes))
                .addFiles(new TreeMap<>(Map.of(HostedPlatform.FILE, hosted, PlatformSources.GUEST_HEADER, guestHeader,
                        PlatformSources.JAVA_STACK, javaStack)));
        return buildCached(spec, key, work -> {
            Files.write(work.resolve(HostedPlatform.FILE), hosted);
            Files.write(work.resolve(PlatformSources.GUEST_HEADER), guestHeader);
            Files.write(work.resolve(PlatformSources.JAVA_STACK), javaStack);
            progress.accept("[2/2] gcc: C -> " + spec.output().getFileName() + " (hosted) ...");
            List<String> cmd = new ArrayList<>(List.of("gcc"));
            cmd.addAll(CFLAGS);
            cmd.addAll(List.of("-w", "-no-pie", "-I.", "-DTORITO_HOSTED_HEAP_BYTES=" + heapBytes + "LL",
                    "-o", "hosted.exe", "c/all.c", HostedPlatform.FILE, PlatformSources.JAVA_STACK));
            int i = 0;
            for (Path extra : spec.extraCSources()) {
                Path copy = work.resolve("extra").resolve(i++ + "-" + extra.getFileName());
                Files.createDirectories(copy.getParent());
                Files.copy(extra, copy, StandardCopyOption.REPLACE_EXISTING);
                cmd.add(work.relativize(copy).toString());
            }
            cmd.add("-lm");
            Toolchain.run(work, cmd, "gcc");
            return work.resolve("hosted.exe");
        });
    }

    /** What follows TeaVM for one target: turns the patched C in {@code work/c} into the output file. */
    private interface Backend {
        Path finish(Path work) throws ImageBuildException, IOException;
    }

    private ImageResult buildCached(ImageSpec spec, BuildKey buildKey, Backend backend) throws ImageBuildException {
        Path output = spec.output().toAbsolutePath().normalize();
        String key = buildKey.hex();
        Path keyFile = output.resolveSibling(output.getFileName() + ".key");
        try {
            if (Files.isRegularFile(output) && Files.isRegularFile(keyFile)
                    && Files.readString(keyFile, StandardCharsets.UTF_8).strip().equals(key)) {
                progress.accept("[cached] " + output.getFileName() + " is up to date");
                return new ImageResult(output, true);
            }
            Path work = output.resolveSibling(output.getFileName() + ".build");
            deleteTree(work);
            Files.createDirectories(work);

            progress.accept("[1/3] TeaVM: Java -> C (" + spec.mainClass() + ") ...");
            generateC(spec, work.resolve("entry"), work.resolve("c"));
            GeneratedCodePatch.apply(work.resolve("c"));
            GeneratedCodeCheck.verify(work.resolve("c"));
            Path built = backend.finish(work);

            Files.createDirectories(output.getParent());
            Files.deleteIfExists(keyFile);
            Files.move(built, output, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(keyFile, key + "\n", StandardCharsets.UTF_8);
            return new ImageResult(output, false);
        } catch (IOException e) {
            throw new ImageBuildException("building " + output + " failed: " + e, e);
        }
    }

    private List<String> compile(ImageSpec spec, Path work) throws ImageBuildException, IOException {
        List<String> objects = new ArrayList<>();
        objects.add(gcc(work, "platform/entry.S", "entry.o", List.of()));
        for (String c : PlatformSources.C_FILES) {
            objects.add(gcc(work, "platform/" + c, c.replace(".c", ".o"), PLATFORM_CFLAGS));
        }
        for (String c : PlatformSources.LIBC_FILES) {
            List<String> flags = new ArrayList<>(PLATFORM_CFLAGS);
            flags.addAll(LIBC_CFLAGS);
            objects.add(gcc(work, "platform/" + c, c.replace(".c", ".o"), flags));
        }
        int i = 0;
        for (Path extra : spec.extraCSources()) {
            Path copy = work.resolve("extra").resolve(i + "-" + extra.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(extra, copy, StandardCopyOption.REPLACE_EXISTING);
            objects.add(gcc(work, work.relativize(copy).toString(), "extra-" + (i++) + ".o", List.of("-Iplatform")));
        }
        // TeaVM's code is compiled as TEAVM_UNIX against glibc's headers; the platform layer
        // supplies the few libc functions it calls. Warnings in generated code are TeaVM's.
        objects.add(gcc(work, "c/all.c", "app.o", List.of("-w", "-Iplatform")));
        return objects;
    }

    private static String gcc(Path work, String source, String object, List<String> extraFlags) throws ImageBuildException {
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(CFLAGS);
        cmd.addAll(extraFlags);
        cmd.addAll(List.of("-c", source, "-o", object));
        Toolchain.run(work, cmd, "gcc");
        return object;
    }

    private void generateC(ImageSpec spec, Path entryClasses, Path target) throws ImageBuildException, IOException {
        List<URL> urls = new ArrayList<>();
        Files.createDirectories(entryClasses);
        urls.add(entryClasses.toUri().toURL());
        for (Path p : spec.classpath()) {
            if (!Files.exists(p)) {
                throw new ImageBuildException("classpath entry does not exist: " + p);
            }
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ImageBuildException("bad classpath entry: " + p, e);
            }
        }
        TeaVM vm;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), new BuilderClassLoader());
                ClasspathResourceProvider resources = new ClasspathResourceProvider(loader)) {
            if (loader.getResource(spec.mainClass().replace('.', '/') + ".class") == null) {
                throw new ImageBuildException("main class " + spec.mainClass() + " is not on the classpath "
                        + spec.classpath());
            }
            List<String> tasks = new CoreTaskScanner(loader).find(spec.mainClass());
            if (!tasks.isEmpty()) {
                progress.accept("      core tasks: " + String.join(", ", tasks));
            }
            ApplicationBridge.write(entryClasses, spec.mainClass(), tasks);
            vm = newTeaVM(loader, resources);
            vm.setEntryPoint(ApplicationBridge.ENTRY_CLASS);
            Files.createDirectories(target);
            vm.build(new DirectoryBuildTarget(target.toFile()), "classes.c");
        } catch (RuntimeException e) {
            throw new ImageBuildException("TeaVM failed on " + spec.mainClass() + ": " + e, e);
        }
        List<Problem> severe = vm.getProblemProvider().getSevereProblems();
        if (!severe.isEmpty()) {
            // The program's own classes are those its class path holds itself (findResource does
            // not ask a parent), not the JDK's or Torito's.
            List<URL> own = new ArrayList<>();
            for (Path p : spec.classpath()) {
                own.add(p.toAbsolutePath().toUri().toURL());
            }
            try (URLClassLoader application = new URLClassLoader(own.toArray(URL[]::new), null)) {
                throw new UnsupportedApiReport(vm.getDependencyInfo().getCallGraph(),
                        name -> application.findResource(name.replace('.', '/') + ".class") != null)
                        .failure(spec.mainClass(), severe);
            }
        }
    }

    /**
     * Which class TeaVM compiles for each name: Torito's stand-ins first (JdkSubstitutions), then
     * the policies on the class path (TeaVM's class library: java.x.Y -> org.teavm.classlib.java.x.TY).
     */
    private static DefaultSubstituteClassNameMapping classNames(ClassLoader loader) {
        List<SubstitutionPolicy> policies = new ArrayList<>();
        policies.add(new JdkSubstitutions());
        ServiceLoader.load(SubstitutionPolicy.class, loader).forEach(policies::add);
        return DefaultSubstituteClassNameMapping.createWithPolicies(policies);
    }

    /**
     * What {@code TeaVMTool.generate()} of TeaVM 0.15.0 sets up for the C target with our settings
     * (not obfuscated, not incremental, SIMPLE optimisation, precise dependency analysis), but
     * with {@link ToritoCTarget} in place of TeaVM's CTarget.
     */
    private static TeaVM newTeaVM(ClassLoader loader, ClasspathResourceProvider resources) {
        ToritoCTarget cTarget = new ToritoCTarget();
        cTarget.setMinHeapSize(TEAVM_HEAP_PLACEHOLDER);
        cTarget.setMaxHeapSize(TEAVM_HEAP_PLACEHOLDER);
        cTarget.setLineNumbersGenerated(false);
        cTarget.setHeapDump(false);
        cTarget.setObfuscated(false);
        cTarget.setFileNames(new SimpleFileNameProvider());
        ReferenceCache referenceCache = new ReferenceCache();
        TeaVM vm = new TeaVMBuilder(cTarget)
                .setReferenceCache(referenceCache)
                .setClassLoader(loader)
                .setClassSource(new PreOptimizingClassHolderSource(new EarlyPasses(
                        new ClasspathClassHolderSource(resources, referenceCache, classNames(loader)))))
                .setResourceProvider(resources)
                .setDependencyAnalyzerFactory(PreciseDependencyAnalyzer::new)
                .setObfuscated(false)
                .setStrict(false)
                .build();
        vm.setProperties(new Properties());
        vm.setProgramCache(EmptyProgramCache.INSTANCE);
        vm.setCacheStatus(AlwaysStaleCacheStatus.INSTANCE);
        vm.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
        vm.installPlugins();
        vm.setEntryPointName("main");
        return vm;
    }

    private BuildKey key(ImageSpec spec, Map<String, byte[]> platform) throws ImageBuildException {
        BuildKey key = new BuildKey()
                .add("pipeline", PIPELINE_VERSION)
                .add("main", spec.mainClass())
                .add("cflags", String.join(" ", CFLAGS) + "|" + PLATFORM_CFLAGS + "|" + LIBC_CFLAGS)
                .add("ldflags", String.join(" ", LDFLAGS))
                .add("gcc", Toolchain.version("gcc"))
                .add("ld", Toolchain.version("ld"))
                .add("objdump", Toolchain.version("objdump"))
                .add("objcopy", Toolchain.version("objcopy"))
                .addFiles(platform);
        try {
            for (Path p : spec.classpath()) {
                key.addPath("classpath", p);
            }
            for (Path p : spec.extraCSources()) {
                key.addPath("extra-c", p);
            }
            for (Path p : runtimeLocations()) {
                key.addPath("runtime", p);
            }
        } catch (IOException e) {
            throw new ImageBuildException("cannot read build inputs: " + e.getMessage(), e);
        }
        return key;
    }

    /** Where the guest runtime and TeaVM come from: they are on this builder's own classpath. */
    private static List<Path> runtimeLocations() throws ImageBuildException {
        List<Path> paths = new ArrayList<>();
        for (String marker : List.of("org.teavm.tooling.TeaVMTool", "org.teavm.vm.TeaVM",
                "org.teavm.classlib.impl.console.StdoutOutputStream", "org.teavm.interop.Address",
                "org.torito.guest.Kernel", "org.torito.virtio.VirtioFeature", "org.torito.packet.Ipv4Address",
                "org.torito.tcpip.NetworkStack", "org.torito.fs.FileSystem")) {
            try {
                CodeSource source = Class.forName(marker, false, ImageBuilder.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                if (source != null) {
                    paths.add(Path.of(source.getLocation().toURI()));
                }
            } catch (ClassNotFoundException e) {
                throw new ImageBuildException(marker + " is not on torito-boot's classpath; the guest runtime and "
                        + "TeaVM must be runtime dependencies of the builder");
            } catch (URISyntaxException e) {
                throw new ImageBuildException("cannot locate " + marker + ": " + e.getMessage(), e);
            }
        }
        return paths;
    }

    private static void deleteTree(Path dir) throws IOException {
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
