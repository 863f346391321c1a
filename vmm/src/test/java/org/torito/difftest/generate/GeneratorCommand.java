package org.torito.difftest.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The command line every generator has: one argument, the .java file to write the program to. */
final class GeneratorCommand {

    private GeneratorCommand() {
    }

    static void write(String[] args, Class<?> generator, Supplier<String> program) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: " + generator.getSimpleName() + " <output .java file>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), program.get());
    }
}
