package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.InputStream;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * What runs after the user's filters: the context's authenticator, if it has one, then its
 * handler. A failed or retried authentication answers with the authenticator's status and no
 * body (its headers, such as WWW-Authenticate, are the authenticator's to set), after reading
 * the request body.
 */
final class AuthenticatingHandler implements HttpHandler {
    private final Exchange exchange;
    private final Context context;

    AuthenticatingHandler(Exchange exchange, Context context) {
        this.exchange = exchange;
        this.context = context;
    }

    @Override
    public void handle(HttpExchange t) throws IOException {
        Authenticator authenticator = context.getAuthenticator();
        if (authenticator == null) {
            context.getHandler().handle(t);
            return;
        }
        Authenticator.Result result = authenticator.authenticate(t);
        if (result instanceof Authenticator.Success success) {
            exchange.setPrincipal(success.getPrincipal());
            context.getHandler().handle(t);
        } else if (result instanceof Authenticator.Retry retry) {
            refuse(t, retry.getResponseCode());
        } else if (result instanceof Authenticator.Failure failure) {
            refuse(t, failure.getResponseCode());
        }
    }

    private static void refuse(HttpExchange t, int code) throws IOException {
        try (InputStream body = t.getRequestBody()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        t.sendResponseHeaders(code, -1);
    }
}
