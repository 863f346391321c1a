package org.torito.vmm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code torito image cat IMG PATH}: a file's bytes on stdout, unchanged. */
@Command(name = "cat", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = "Write a file from inside an ext2 or FAT image to standard output.")
final class ImageCatCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMG", description = "the image file")
    Path image;

    @Parameters(index = "1", paramLabel = "PATH", description = "absolute path of a file inside the image")
    String path;

    @Override
    public Integer call() throws IOException {
        // Bytes, not text: System.out itself, not picocli's writer.
        PrintStream out = System.out;
        try (ImageFile img = ImageFile.open(image)) {
            OpenFile file = img.fs.open(path, false);
            copy(file, out);
            file.close();
        } catch (FsException e) {
            throw ImageFile.problem(image, e);
        }
        out.flush();
        return 0;
    }

    private static void copy(OpenFile file, OutputStream out) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long at = 0;
        int n;
        while ((n = file.read(at, buffer, 0, buffer.length)) > 0) {
            out.write(buffer, 0, n);
            at += n;
        }
    }
}
