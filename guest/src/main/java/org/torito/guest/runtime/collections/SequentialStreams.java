package org.torito.guest.runtime.collections;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * {@code parallel()} and {@code sequential()} of the primitive streams, which TeaVM's interfaces
 * lack (org.torito.boot.teavm.classlib.CollectionFixes adds them). A stream in an image runs on
 * the calling thread either way, and the JDK allows both to return the stream itself.
 */
public final class SequentialStreams {

    private SequentialStreams() {
    }

    public static IntStream parallel(IntStream stream) {
        return stream;
    }

    public static IntStream sequential(IntStream stream) {
        return stream;
    }

    public static LongStream parallel(LongStream stream) {
        return stream;
    }

    public static LongStream sequential(LongStream stream) {
        return stream;
    }

    public static DoubleStream parallel(DoubleStream stream) {
        return stream;
    }

    public static DoubleStream sequential(DoubleStream stream) {
        return stream;
    }
}
