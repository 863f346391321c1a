package org.torito.vmm.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.torito.boot.ImageSpec;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.ShownValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torito build MAIN-CLASS}: compile an application ahead of time into a guest image. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Compile a Java application ahead of time into a guest image (a static ELF).",
                "The Torito guest runtime is always included; progress goes to standard error."})
final class BuildCommand implements Callable<Integer> {
    private static final Pattern BINARY_NAME =
            Pattern.compile("(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)*"
                    + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    private final ImageMaker maker;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAIN-CLASS", description = "the application's main class, e.g. org.example.Hello")
    String mainClass;

    @Option(names = {"-cp", "--classpath"}, paramLabel = "CP",
            description = "folders and jars holding the application, separated by ':'")
    String classpath;

    @Option(names = {"-o", "--output"}, paramLabel = "IMAGE",
            description = "the image to write (default: build/<SimpleName>.elf)")
    Path output;

    @Option(names = "--c-source", paramLabel = "FILE",
            description = "a C file linked into the image, for @Import functions (repeatable)")
    List<Path> cSources = new ArrayList<>();

    BuildCommand(ImageMaker maker) {
        this.maker = maker;
    }

    @Override
    public Integer call() throws Exception {
        ImageSpec imageSpec = imageSpec();
        PrintWriter err = spec.commandLine().getErr();
        err.println("torito: building " + imageSpec.mainClass() + " into " + imageSpec.output());
        err.flush();
        createParentFolder(imageSpec.output());
        maker.build(imageSpec, line -> {
            err.println(line);
            err.flush();
        });
        String size = Files.isRegularFile(imageSpec.output())
                ? " (" + Files.size(imageSpec.output()) + " bytes)" : "";
        err.println("torito: wrote " + imageSpec.output() + size);
        err.flush();
        return 0;
    }

    /** Checks every argument before anything is written. */
    ImageSpec imageSpec() {
        if (mainClass.endsWith(".java") || mainClass.endsWith(".class")) {
            throw new BadInputException("MAIN-CLASS: " + ShownValue.of(mainClass)
                    + " is a file name; give the class name, e.g. org.example.Hello");
        }
        if (!BINARY_NAME.matcher(mainClass).matches()) {
            throw new BadInputException("MAIN-CLASS: " + ShownValue.of(mainClass)
                    + " is not a Java class name (e.g. org.example.Hello)");
        }
        List<Path> entries = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(Pattern.quote(File.pathSeparator))) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path path = Path.of(entry);
                if (!Files.exists(path)) {
                    throw new BadInputException("--classpath: " + entry + ": no such file or folder");
                }
                entries.add(path.toAbsolutePath().normalize());
            }
        }
        List<Path> sources = new ArrayList<>();
        for (Path source : cSources) {
            if (!Files.isRegularFile(source)) {
                throw new BadInputException("--c-source: " + source
                        + (Files.isDirectory(source) ? ": is a folder, not a C file" : ": no such file"));
            }
            sources.add(source.toAbsolutePath().normalize());
        }
        Path image = output != null ? output : defaultOutput(mainClass);
        if (Files.isDirectory(image)) {
            throw new BadInputException("--output: " + image + ": is a folder; name the image file");
        }
        return new ImageSpec(mainClass, entries, image, sources);
    }

    static Path defaultOutput(String mainClass) {
        String simpleName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        return Path.of("build", simpleName + ".elf");
    }

    private static void createParentFolder(Path image) {
        Path parent = image.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadInputException("--output: cannot create folder " + parent + ": " + e.getMessage(), e);
        }
    }
}
