package org.torito.vmm.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torito.vmm.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code torito} command. Without arguments it runs the built-in HTTP example config, so a
 * fresh install serves a page from a guest at once. Exit codes follow docs/boot-abi.md: the guest's own code,
 * 2 for bad input (one line on stderr), 70 for a guest fault, 71 when the monitor fails.
 */
@Command(name = "torito", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Run a Java application as its own dedicated VM.",
                "Without a command, runs the built-in config configs/http.json of the Torito home: the HTTP example, at http://127.0.0.1:8080/."},
        footer = {"", "Examples:",
                "  torito run configs/http.json --cpus 2 -- port=8080",
                "  torito build org.example.Hello --classpath target/classes",
                "  torito config check configs/hello.json",
                "  torito image ext2 site/ disk.img --size 64M && torito image ls disk.img /"})
public final class ToritoCli implements Callable<Integer> {
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_MONITOR_FAILED = 71;
    /** Set -Dtorito.debug=true to see the stack trace of a monitor failure. */
    static final String DEBUG_PROPERTY = "torito.debug";

    private final VmRunner runner;
    private final ImageMaker maker;
    private final Path home;

    @Spec
    CommandSpec spec;

    private ToritoCli(VmRunner runner, ImageMaker maker, Path home) {
        this.runner = runner;
        this.maker = maker;
        this.home = home;
    }

    public static void main(String[] args) {
        StartupWarmup.start();
        System.exit(commandLine(machineRunner(System.out, System.err), pipelineImageMaker(), ToritoHome.discover())
                .execute(args));
    }

    /** The real monitor: guest console on {@code console}, reports on {@code errors}. */
    public static VmRunner machineRunner(PrintStream console, PrintStream errors) {
        return new MachineRunner(console, errors);
    }

    /** The real AOT pipeline. */
    public static ImageMaker pipelineImageMaker() {
        return new PipelineImageMaker();
    }

    /** The whole command tree over the two seams; tests call this with doubles. */
    public static CommandLine commandLine(VmRunner runner, ImageMaker maker, Path home) {
        CommandLine cli = new CommandLine(new ToritoCli(runner, maker, home));
        cli.addSubcommand(new RunCommand(runner, maker, home));
        cli.addSubcommand(new BuildCommand(maker));
        cli.addSubcommand(new CommandLine(new ConfigCommand()).addSubcommand(new ConfigCheckCommand()));
        cli.addSubcommand(new CommandLine(new ImageCommand())
                .addSubcommand(new Ext2ImageCommand())
                .addSubcommand(new FatImageCommand())
                .addSubcommand(new ImageListCommand())
                .addSubcommand(new ImageCatCommand()));
        cli.setParameterExceptionHandler(ToritoCli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        Path config = ToritoHome.defaultConfig(home);
        PrintWriter err = spec.commandLine().getErr();
        err.println("torito: no config given; running the built-in " + config + " (see torito --help)");
        err.flush();
        return new RunCommand(runner, maker, home).start(config, err);
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("torito: " + e.getMessage().replaceAll("\\s+", " ").trim());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof BadInputException) {
            err.println("torito: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        String what = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("torito: failed: " + what.replaceAll("\\s+", " ").trim());
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            e.printStackTrace(err);
        } else {
            err.println("(run with -D" + DEBUG_PROPERTY + "=true for details)");
        }
        err.flush();
        return EXIT_MONITOR_FAILED;
    }
}
