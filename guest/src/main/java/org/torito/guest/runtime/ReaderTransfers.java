package org.torito.guest.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * Reader.transferTo(Writer), which TeaVM's Reader lacks (org.torito.boot.teavm.classlib.FileFixes
 * adds it): Files.readString calls it, so a program reading a file as a string did not build.
 */
public final class ReaderTransfers {
    private ReaderTransfers() {
    }

    public static long transferTo(Reader in, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        char[] buffer = new char[8192];
        long total = 0;
        for (int n = in.read(buffer, 0, buffer.length); n >= 0; n = in.read(buffer, 0, buffer.length)) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
