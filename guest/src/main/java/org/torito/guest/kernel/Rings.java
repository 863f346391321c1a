package org.torito.guest.kernel;

/**
 * This core's view of the rings in the shared region ({@link SharedLayout}), created on first
 * use. Each core is its own isolate, so these statics are per core.
 */
public final class Rings {
    private static SharedLayout layout;
    private static RegionMemory memory;
    private static Ring[] control;
    private static Ring[] data;

    private Rings() {
    }

    private static void init() {
        if (layout == null) {
            int cores = KernelCalls.cores();
            memory = RegionMemory.sharedRegion();
            layout = new SharedLayout(memory.size(), cores);
            control = new Ring[cores * cores];
            data = new Ring[cores * cores];
        }
    }

    /** The ring carrying start requests from {@code from} to {@code to}. */
    public static Ring control(int from, int to) {
        init();
        int i = index(from, to);
        if (control[i] == null) {
            control[i] = new Ring(memory, layout.controlBase(from, to), layout.controlSize(), () -> KernelCalls.doorbell(to));
        }
        return control[i];
    }

    /** The ring carrying the application's messages from {@code from} to {@code to}. */
    public static Ring data(int from, int to) {
        init();
        int i = index(from, to);
        if (data[i] == null) {
            data[i] = new Ring(memory, layout.dataBase(from, to), layout.dataSize(), () -> KernelCalls.doorbell(to));
        }
        return data[i];
    }

    private static int index(int from, int to) {
        int cores = layout.cores();
        if (from < 0 || from >= cores || to < 0 || to >= cores || from == to) {
            throw new IllegalArgumentException("no channel from core " + from + " to core " + to + " on a machine of "
                    + cores + " cores");
        }
        return from * cores + to;
    }
}
