package com.managedmrr.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps connections from holding the server's file descriptors for nothing ({@link WebServer.Limits}): at most so
 * many open at once (a connection beyond is closed as soon as it is accepted), a connection with no request in
 * progress is closed after the request-head time-out (a silent socket, a request head sent a byte at a time, a
 * keep-alive connection left unused), and one whose request is not done (answer sent) by the request deadline is
 * closed too (a body trickled forever). Vert.x's own idle time-out, on the server's options, closes a connection on
 * which nothing moves at all.
 *
 * <p>One guard per server instance (each on its own event loop, which runs every handler of its connections); the
 * count of open connections is shared by every instance.
 */
final class ConnectionGuard {

    /** Past the request time-out, a request still not done gets this long to finish before its connection closes. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final int maxConnections;
    private final long requestHeadTimeoutNanos;
    private final long requestDeadlineNanos;
    private final AtomicInteger open;
    private final Map<HttpConnection, State> connections = new HashMap<>();
    private final long sweeper;

    /**
     * Call from the server instance's context (its verticle's start): the guard checks its connections on that
     * context's event loop, a few times per request-head time-out.
     *
     * @param requestHeadTimeout a connection with no request in progress this long is closed
     * @param requestDeadline    a connection whose request is not done this long after its head arrived is closed
     * @param open               the count of open connections, shared by every instance
     */
    ConnectionGuard(Vertx vertx, int maxConnections, Duration requestHeadTimeout, Duration requestDeadline,
                    AtomicInteger open) {
        this.vertx = vertx;
        this.maxConnections = maxConnections;
        this.requestHeadTimeoutNanos = requestHeadTimeout.toNanos();
        this.requestDeadlineNanos = requestDeadline.toNanos();
        this.open = open;
        long period = Math.max(50, Math.min(1_000, requestHeadTimeout.toMillis() / 4));
        this.sweeper = vertx.setPeriodic(period, tick -> sweep());
    }

    /** For the server's connection handler. */
    void connected(HttpConnection connection) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            connection.close();
            return;
        }
        connections.put(connection, new State(connection, System.nanoTime()));
        connection.closeHandler(closed -> {
            if (connections.remove(connection) != null) {
                open.decrementAndGet();
            }
        });
    }

    /** For the server's request handler, before routing: the request's head has arrived. */
    void requestBegan(HttpServerRequest request) {
        State state = connections.get(request.connection());
        if (state != null) {
            state.current = request;
            state.since = System.nanoTime();
        }
    }

    /** Stops checking (the server stops). */
    void stop() {
        vertx.cancelTimer(sweeper);
    }

    private void sweep() {
        long now = System.nanoTime();
        List<HttpConnection> overdue = new ArrayList<>();
        for (State state : connections.values()) {
            if (state.current != null && state.current.response().ended()) {
                state.current = null;
                state.since = now;
            }
            long allowed = state.current == null ? requestHeadTimeoutNanos : requestDeadlineNanos;
            if (now - state.since > allowed) {
                overdue.add(state.connection);
            }
        }
        overdue.forEach(HttpConnection::close);
    }

    /** A connection: the request in progress (null while it waits for one) and since when it is in that state. */
    private static final class State {

        private final HttpConnection connection;
        private HttpServerRequest current;
        private long since;

        State(HttpConnection connection, long since) {
            this.connection = connection;
            this.since = since;
        }
    }
}
