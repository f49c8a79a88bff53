package com.managedmrr.web.observe;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The first handler of the root router: gives the request its id ({@link RequestIds}) and, when the answer has been
 * sent, writes one access log line (method, route template, status, duration, bytes, request id, caller) and times
 * the request in {@link WebMetrics}. The raw path never appears: it may hold e-mails.
 */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.managedmrr.access");

    private final Router root;
    private final WebMetrics metrics;
    private volatile RouteTemplates templates;

    /** @param root the router whose routes (and sub-routers' routes) name the requests */
    public AccessLog(Router root, WebMetrics metrics) {
        this.root = Objects.requireNonNull(root, "root");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.addEndHandler(ended -> done(ctx, System.nanoTime() - started));
        RequestIds.assign(ctx);
    }

    private void done(RoutingContext ctx, long nanos) {
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        String route = routeOf(ctx);
        int status = ctx.response().getStatusCode();
        long bytes = ctx.response().bytesWritten();
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        String requestId = RequestIds.of(ctx).orElse("-");
        String caller = Caller.of(ctx).orElse("-");
        metrics.request(route, method, status, nanos);
        if (RequestIds.current().isPresent()) {
            logLine(method, route, status, millis, bytes, caller);
            return;
        }
        // ended outside the request's context (e.g. the connection closed): name the request explicitly
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            logLine(method, route, status, millis, bytes, caller);
        }
    }

    private static void logLine(String method, String route, int status, long millis, long bytes, String caller) {
        LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", millis)
                .addKeyValue("bytes", bytes)
                .addKeyValue("caller", caller)
                .log("{} {} {} {}ms {}B caller={}", method, route, status, millis, bytes, caller);
    }

    private String routeOf(RoutingContext ctx) {
        RouteTemplates known = templates;
        if (known == null) {
            // the routes are all mounted once requests arrive; read them once
            known = RouteTemplates.of(root, "");
            templates = known;
        }
        String path = ctx.normalizedPath();
        return path == null ? RouteTemplates.UNMATCHED
                : known.template(ctx.request().method(), path).orElse(RouteTemplates.UNMATCHED);
    }
}
