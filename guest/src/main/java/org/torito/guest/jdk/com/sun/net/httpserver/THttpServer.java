package org.torito.guest.jdk.com.sun.net.httpserver;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;

import org.torito.guest.httpserver.ToritoHttpServer;
import org.torito.guest.jdk.java.net.TInetSocketAddress;

/**
 * {@code com.sun.net.httpserver.HttpServer} in a guest: the JDK's abstract class, whose
 * {@code create} gives Torito's server ({@link ToritoHttpServer}) instead of asking
 * {@code HttpServerProvider}, whose default server runs on NIO selectors a guest has not got.
 * HttpExchange, HttpContext, Headers, Filter and HttpHandler are the JDK's own classes.
 */
public abstract class THttpServer {
    protected THttpServer() {
    }

    public static THttpServer create() throws IOException {
        return create(null, 0);
    }

    public static THttpServer create(TInetSocketAddress addr, int backlog) throws IOException {
        // In an image this class is HttpServer, which ToritoHttpServer extends; javac sees two
        // unrelated classes, hence the cast through Object.
        return (THttpServer) (Object) new ToritoHttpServer((java.net.InetSocketAddress) (Object) addr, backlog);
    }

    public static THttpServer create(TInetSocketAddress addr, int backlog, String path, HttpHandler handler,
            Filter... filters) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(handler);
        Objects.requireNonNull(filters);
        for (Filter f : filters) {
            Objects.requireNonNull(f);
        }
        THttpServer server = create(addr, backlog);
        HttpContext context = server.createContext(path);
        context.setHandler(handler);
        for (Filter f : filters) {
            context.getFilters().add(f);
        }
        return server;
    }

    public abstract void bind(TInetSocketAddress addr, int backlog) throws IOException;

    public abstract void start();

    public abstract void setExecutor(Executor executor);

    public abstract Executor getExecutor();

    public abstract void stop(int delay);

    public abstract HttpContext createContext(String path, HttpHandler handler);

    public abstract HttpContext createContext(String path);

    public abstract void removeContext(String path);

    public abstract void removeContext(HttpContext context);

    public abstract TInetSocketAddress getAddress();
}
