package org.torito.vmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torito.fs.DirEntry;
import org.torito.fs.FileStat;
import org.torito.fs.FileSystem;
import org.torito.fs.FileType;
import org.torito.fs.FsException;
import org.torito.fs.TreeWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torito image ls IMG [PATH]}: one line per entry, like ls -l. */
@Command(name = "ls", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"List a directory (or one file) inside an ext2 or FAT image.",
                "Each line: type (d, -, l, ?), permissions, size in bytes, name; links show '-> target'."})
final class ImageListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMG", description = "the image file")
    Path image;

    @Parameters(index = "1", paramLabel = "PATH", defaultValue = "/", description = "absolute path inside the image (default /)")
    String path;

    @Option(names = {"-R", "--recursive"}, description = "list every directory below PATH, with full paths")
    boolean recursive;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ImageFile img = ImageFile.open(image)) {
            FileSystem fs = img.fs;
            FileStat stat = fs.stat(path);
            if (recursive && stat.type == FileType.DIRECTORY) {
                new TreeWalker() {
                    @Override
                    protected void visit(String p, FileStat s) throws IOException {
                        out.println(line(fs, p, p, s));
                    }
                }.walk(fs, path);
            } else if (stat.type == FileType.DIRECTORY) {
                for (DirEntry e : fs.list(path)) {
                    String full = (path.endsWith("/") ? path : path + "/") + e.name;
                    out.println(line(fs, full, e.name, fs.stat(full)));
                }
            } else {
                out.println(line(fs, path, path, stat));
            }
        } catch (FsException e) {
            throw ImageFile.problem(image, e);
        } finally {
            out.flush();
        }
        return 0;
    }

    private static String line(FileSystem fs, String full, String name, FileStat s) throws IOException {
        char type = switch (s.type) {
            case DIRECTORY -> 'd';
            case REGULAR -> '-';
            case SYMLINK -> 'l';
            case OTHER -> '?';
        };
        String text = type + String.format("%04o %10d ", s.permissions, s.size) + name;
        return s.type == FileType.SYMLINK ? text + " -> " + fs.readlink(full) : text;
    }
}
