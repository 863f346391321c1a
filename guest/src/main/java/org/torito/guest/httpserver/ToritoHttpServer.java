package org.torito.guest.httpserver;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * com.sun.net.httpserver's HttpServer on java.net sockets: what HttpServer.create gives in a
 * Torito guest (org.torito.guest.jdk.com.sun.net.httpserver.THttpServer). The JDK's own runs one
 * dispatcher thread over NIO selectors, which a guest has not got; this one accepts in one thread
 * ("HTTP-Dispatcher") and serves each connection in a thread of its own ({@link Connection}). With
 * no executor a handler runs in its connection's thread, so one slow handler holds up its own
 * connection only, not every connection as on the JDK's dispatcher. Being plain JDK API it runs on
 * HotSpot too, where the tests compare it with the JDK's server.
 */
public final class ToritoHttpServer extends HttpServer {
    /** The JDK's idle interval, in seconds: how long a kept-alive connection may wait for a request. */
    private static final long IDLE_SECONDS = Long.getLong("sun.net.httpserver.idleInterval", 30);

    private final ServerSocket listener;
    private final ContextTable contexts = new ContextTable();
    private final Set<Connection> connections = new LinkedHashSet<>();
    private boolean bound;
    private boolean started;
    private volatile boolean stopping;
    private Executor executor;
    private Thread dispatcher;
    private int exchanges;

    /** An HttpServer bound to {@code address}, or unbound when it is null. */
    public ToritoHttpServer(InetSocketAddress address, int backlog) throws IOException {
        listener = new ServerSocket();
        if (address != null) {
            bind(address, backlog);
        }
    }

    @Override
    public synchronized void bind(InetSocketAddress addr, int backlog) throws IOException {
        if (bound) {
            throw new BindException("HttpServer already bound");
        }
        if (addr == null) {
            throw new NullPointerException("null address");
        }
        listener.bind(addr, backlog);
        bound = true;
    }

    @Override
    public synchronized void start() {
        if (!bound || started || stopping) {
            throw new IllegalStateException("server in wrong state");
        }
        if (executor == null) {
            // As the JDK's server, which then runs handlers on its dispatcher thread: here they
            // run on the connection's thread.
            executor = Runnable::run;
        }
        started = true;
        dispatcher = new Thread(this::accept, "HTTP-Dispatcher");
        dispatcher.start();
    }

    private void accept() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
                continue;
            }
            Connection connection = new Connection(this, socket);
            synchronized (this) {
                if (stopping) {
                    connection.close();
                    return;
                }
                connections.add(connection);
            }
            Thread thread = new Thread(connection, "HTTP-Connection");
            // The dispatcher keeps a program alive as the JDK's does; connections do not.
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public synchronized void setExecutor(Executor executor) {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        this.executor = executor;
    }

    @Override
    public synchronized Executor getExecutor() {
        return executor;
    }

    /**
     * Closes the listener, waits up to {@code delay} seconds for the exchanges under way to
     * end, then closes every connection and waits for the dispatcher.
     */
    @Override
    public void stop(int delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay parameter");
        }
        stopping = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        List<Connection> open;
        synchronized (this) {
            long deadline = System.currentTimeMillis() + delay * 1000L;
            try {
                for (long left = delay * 1000L; exchanges > 0 && left > 0;
                        left = deadline - System.currentTimeMillis()) {
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            open = new ArrayList<>(connections);
            connections.clear();
        }
        for (Connection c : open) {
            c.close();
        }
        Thread d = dispatcher;
        if (d != null && d != Thread.currentThread()) {
            try {
                d.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized HttpContext createContext(String path, HttpHandler handler) {
        if (handler == null || path == null) {
            throw new NullPointerException("null handler, or path parameter");
        }
        Context context = new Context(path, handler, this);
        contexts.add(context);
        return context;
    }

    @Override
    public synchronized HttpContext createContext(String path) {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        Context context = new Context(path, null, this);
        contexts.add(context);
        return context;
    }

    @Override
    public synchronized void removeContext(String path) {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        contexts.remove(path);
    }

    @Override
    public synchronized void removeContext(HttpContext context) {
        if (!(context instanceof Context c)) {
            throw new IllegalArgumentException("wrong HttpContext type");
        }
        contexts.remove(c);
    }

    @Override
    public InetSocketAddress getAddress() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    ContextTable contexts() {
        return contexts;
    }

    synchronized Executor executor() {
        return executor;
    }

    boolean isStopping() {
        return stopping;
    }

    int idleMillis() {
        return (int) (IDLE_SECONDS * 1000);
    }

    synchronized void exchangeStarted() {
        exchanges++;
    }

    synchronized void exchangeEnded() {
        exchanges--;
        notifyAll();
    }

    synchronized void connectionEnded(Connection connection) {
        connections.remove(connection);
    }
}
