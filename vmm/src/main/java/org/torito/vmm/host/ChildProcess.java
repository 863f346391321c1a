package org.torito.vmm.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A child process started with posix_spawn, handed exactly the descriptors named (the JDK's
 * ProcessBuilder closes every descriptor but 0-2 in the child, so it cannot pass an eventfd or
 * a socket). The monitor ends it with SIGKILL and reaps it itself.
 */
public final class ChildProcess {
    public static final int SIGKILL = 9;
    private static final int ESRCH = 3;
    private static final int ECHILD = 10;
    /** glibc's posix_spawn_file_actions_t is 80 bytes; room to spare. */
    private static final long FILE_ACTIONS_SIZE = 256;
    private static final MethodHandle FILE_ACTIONS_INIT = Libc.downcall("posix_spawn_file_actions_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FILE_ACTIONS_ADDDUP2 = Libc.downcall("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FILE_ACTIONS_DESTROY = Libc.downcall("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle POSIX_SPAWN = Libc.downcall("posix_spawn",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle KILL = Libc.downcall("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle WAITPID = Libc.downcall("waitpid",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle GETPID = Libc.downcall("getpid", FunctionDescriptor.of(JAVA_INT));

    private final int pid;
    private boolean reaped;
    private int status;

    private ChildProcess(int pid) {
        this.pid = pid;
    }

    /** This (the monitor's) process id. */
    public static int currentPid() {
        return Libc.checked("getpid", (arena, state) -> (int) GETPID.invokeExact(state));
    }

    /**
     * Starts {@code path} with {@code args} (argv[0] included) and an empty environment. Each
     * descriptor in {@code inherited} stays open in the child under its own number (a dup2 onto
     * itself clears close-on-exec in the child only); every other one is closed at exec.
     */
    public static ChildProcess spawn(String path, List<String> args, int... inherited) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 16);
            posixCall("posix_spawn_file_actions_init", (int) FILE_ACTIONS_INIT.invokeExact(
                    Libc.allocateCallState(arena), actions));
            try {
                for (int fd : inherited) {
                    posixCall("posix_spawn_file_actions_adddup2", (int) FILE_ACTIONS_ADDDUP2.invokeExact(
                            Libc.allocateCallState(arena), actions, fd, fd));
                }
                MemorySegment argv = arena.allocate(ADDRESS, args.size() + 1L);
                for (int i = 0; i < args.size(); i++) {
                    argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
                }
                argv.setAtIndex(ADDRESS, args.size(), MemorySegment.NULL);
                MemorySegment envp = arena.allocate(ADDRESS);
                envp.set(ADDRESS, 0, MemorySegment.NULL);
                MemorySegment pid = arena.allocate(JAVA_INT);
                posixCall("posix_spawn " + path, (int) POSIX_SPAWN.invokeExact(Libc.allocateCallState(arena),
                        pid, arena.allocateFrom(path), actions, MemorySegment.NULL, argv, envp));
                return new ChildProcess(pid.get(JAVA_INT, 0));
            } finally {
                int ignored = (int) FILE_ACTIONS_DESTROY.invokeExact(Libc.allocateCallState(arena), actions);
            }
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** posix_spawn and its helpers return the error number instead of setting errno. */
    private static void posixCall(String what, int result) {
        if (result != 0) {
            throw new HostCallException(what, result, Libc.errnoText(result));
        }
    }

    public int pid() {
        return pid;
    }

    /** Sends SIGKILL (once reaped, the pid may belong to someone else: then nothing is sent). */
    public synchronized void kill() {
        if (reaped) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.allocateCallState(arena);
            int result = (int) KILL.invokeExact(state, pid, SIGKILL);
            if (result != 0 && Libc.errno(state) != ESRCH) {
                throw Libc.failure("kill " + pid, state);
            }
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Kills the process if it still runs and waits for it, so no zombie is left; returns its wait status. */
    public synchronized int killAndReap() {
        kill();
        if (!reaped) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = Libc.allocateCallState(arena);
                MemorySegment wstatus = arena.allocate(JAVA_INT);
                while (true) {
                    int result = (int) WAITPID.invokeExact(state, pid, wstatus, 0);
                    if (result == pid) {
                        status = wstatus.get(JAVA_INT, 0);
                        break;
                    }
                    int errno = Libc.errno(state);
                    if (errno == ECHILD) {
                        status = -1;
                        break;
                    }
                    if (errno != Libc.EINTR) {
                        throw Libc.failure("waitpid " + pid, state);
                    }
                }
            } catch (HostCallException e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
            reaped = true;
        }
        return status;
    }

    /** What a wait status says, in words: "exit code 3", "killed by signal 11". */
    public static String describe(int status) {
        if (status < 0) {
            return "unknown";
        }
        int signal = status & 0x7F;
        return signal == 0 ? "exit code " + ((status >> 8) & 0xFF) : "killed by signal " + signal;
    }
}
