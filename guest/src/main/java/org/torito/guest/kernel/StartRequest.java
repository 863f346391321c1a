package org.torito.guest.kernel;

import org.torito.guest.boot.Application;

/**
 * A request to run a {@link org.torito.guest.CoreTask} on another core: the task's id in the
 * image's task registry (4 bytes, little-endian) followed by the arguments.
 */
public final class StartRequest {

    private StartRequest() {
    }

    public static byte[] encode(int taskId, byte[] args) {
        byte[] request = new byte[4 + args.length];
        request[0] = (byte) taskId;
        request[1] = (byte) (taskId >>> 8);
        request[2] = (byte) (taskId >>> 16);
        request[3] = (byte) (taskId >>> 24);
        System.arraycopy(args, 0, request, 4, args.length);
        return request;
    }

    /** Runs the requested task here; what it throws is reported like an uncaught exception in a thread. */
    static void run(Application application, byte[] request) {
        int id = (request[0] & 0xFF) | (request[1] & 0xFF) << 8 | (request[2] & 0xFF) << 16 | (request[3] & 0xFF) << 24;
        byte[] args = new byte[request.length - 4];
        System.arraycopy(request, 4, args, 0, args.length);
        try {
            application.newCoreTask(id).run(args);
        } catch (Throwable t) {
            System.out.flush();
            System.err.print("Exception in core " + KernelCalls.core() + " task " + id + " ");
            t.printStackTrace();
            System.err.flush();
        }
    }
}
