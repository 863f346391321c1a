package org.torito.guest.boot;

/**
 * The application's {@code main(String[])} as {@link GuestMain} calls it, and its registry of
 * {@link org.torito.guest.CoreTask}s. The image pipeline generates the one implementation per
 * build (org.torito.boot.teavm.ApplicationBridge), because the application and its tasks are
 * known only then (TeaVM has no reflection to find or instantiate them at run time). The
 * method is not called {@code main}: the generated class also has the static {@code main}
 * that TeaVM starts.
 */
public interface Application {

    void run(String[] args) throws Throwable;

    /** The registry id of {@code task}, or -1 when the build found no such CoreTask. */
    int coreTaskId(Class<?> task);

    /** {@code new Task()} for the task with that id; an unknown id throws IllegalArgumentException. */
    org.torito.guest.CoreTask newCoreTask(int id);
}
