package com.managedmrr.web;

import com.managedmrr.web.api.ApiRouter;
import com.managedmrr.web.api.StorableText;
import com.managedmrr.web.observe.AccessLog;
import com.managedmrr.web.observe.WebMetrics;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.TimeoutHandler;
import com.sun.management.UnixOperatingSystemMXBean;

import java.lang.management.ManagementFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP server: {@code /health}, {@code /ready}, {@code /metrics}, the {@code /api/v1} sub-router and the admin
 * pages. Undeploying it shuts down gracefully: it stops accepting connections and lets requests in flight finish
 * (up to a grace period).
 */
public final class WebServer extends VerticleBase {

    /**
     * @param host           the address to listen on ({@code 0.0.0.0}: every interface)
     * @param port           0 for any free port (see {@link #actualPort()})
     * @param version        the server's version, shown by {@code /health}
     * @param draining       true once the server is shutting down: {@code /ready} then answers 503
     * @param databaseCheck  completes when the database answers, fails when it does not
     * @param metricsHandler serves {@code GET /metrics} (Prometheus text)
     * @param pages          mounts the admin web UI on the root router
     * @param shutdownGrace  how long requests in flight may take to finish on shutdown
     * @param limits         connection cap and time-outs, shared by every instance deployed with these settings
     * @param metrics        times every request (and counts what the routes count)
     */
    public record Settings(String host,
                           int port,
                           String version,
                           BooleanSupplier draining,
                           Supplier<CompletionStage<Void>> databaseCheck,
                           Handler<RoutingContext> metricsHandler,
                           ApiRouter api,
                           Consumer<Router> pages,
                           Duration shutdownGrace,
                           Limits limits,
                           WebMetrics metrics) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(draining, "draining");
            Objects.requireNonNull(databaseCheck, "databaseCheck");
            Objects.requireNonNull(metricsHandler, "metricsHandler");
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(metrics, "metrics");
        }

        /** With the default {@link Limits}, timing requests nowhere. */
        public Settings(String host, int port, String version, BooleanSupplier draining,
                        Supplier<CompletionStage<Void>> databaseCheck, Handler<RoutingContext> metricsHandler,
                        ApiRouter api, Consumer<Router> pages, Duration shutdownGrace) {
            this(host, port, version, draining, databaseCheck, metricsHandler, api, pages, shutdownGrace,
                    Limits.defaults());
        }

        /** Timing requests nowhere. */
        public Settings(String host, int port, String version, BooleanSupplier draining,
                        Supplier<CompletionStage<Void>> databaseCheck, Handler<RoutingContext> metricsHandler,
                        ApiRouter api, Consumer<Router> pages, Duration shutdownGrace, Limits limits) {
            this(host, port, version, draining, databaseCheck, metricsHandler, api, pages, shutdownGrace, limits,
                    WebMetrics.none());
        }

        /** These settings with other limits. */
        public Settings withLimits(Limits other) {
            return new Settings(host, port, version, draining, databaseCheck, metricsHandler, api, pages, shutdownGrace,
                    other, metrics);
        }

        /** On every interface, never draining, version unknown: for tests. */
        public Settings(int port, Supplier<CompletionStage<Void>> databaseCheck, Handler<RoutingContext> metricsHandler,
                        ApiRouter api, Consumer<Router> pages, Duration shutdownGrace) {
            this(DEFAULT_HOST, port, "unknown", () -> false, databaseCheck, metricsHandler, api, pages, shutdownGrace);
        }

        /** Without pages: the operations endpoints and the JSON API only. */
        public Settings(int port, Supplier<CompletionStage<Void>> databaseCheck, Handler<RoutingContext> metricsHandler,
                        ApiRouter api, Duration shutdownGrace) {
            this(port, databaseCheck, metricsHandler, api, router -> { }, shutdownGrace);
        }
    }

    /** Every interface. */
    public static final String DEFAULT_HOST = "0.0.0.0";

    /**
     * How many connections may be open at once and how long each may stay without progress; one object per server
     * (every instance deployed with the same settings shares its count of open connections).
     *
     * @param maxConnections     open connections beyond this are refused: closed as soon as they are accepted
     * @param idleTimeout        a connection on which nothing is read or written this long is closed (Vert.x)
     * @param requestHeadTimeout a connection with no request in progress this long is closed: a silent socket, a
     *                           request head sent a byte at a time, an unused keep-alive connection
     * @param uiRequestTimeout   an admin UI request not answered within this gets a 503 (the API has its own,
     *                           {@link ApiRouter#DEFAULT_REQUEST_TIMEOUT}); a request still not done (e.g. a body
     *                           trickled forever) 5 s after the longer of the two has its connection closed
     */
    public record Limits(int maxConnections, Duration idleTimeout, Duration requestHeadTimeout,
                         Duration uiRequestTimeout, AtomicInteger openConnections) {

        /** Open connections at most, whatever the file-descriptor limit allows. */
        public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
        public static final Duration DEFAULT_REQUEST_HEAD_TIMEOUT = Duration.ofSeconds(10);
        public static final Duration DEFAULT_UI_REQUEST_TIMEOUT = ApiRouter.DEFAULT_REQUEST_TIMEOUT;

        public Limits {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1");
            }
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(requestHeadTimeout, "requestHeadTimeout");
            Objects.requireNonNull(uiRequestTimeout, "uiRequestTimeout");
            Objects.requireNonNull(openConnections, "openConnections");
        }

        public Limits(int maxConnections, Duration idleTimeout, Duration requestHeadTimeout, Duration uiRequestTimeout) {
            this(maxConnections, idleTimeout, requestHeadTimeout, uiRequestTimeout, new AtomicInteger());
        }

        /**
         * {@link #DEFAULT_MAX_CONNECTIONS}, or three quarters of the process's file-descriptor limit when that is
         * lower (the rest stay for database connections, files and the JVM), and the default time-outs.
         */
        public static Limits defaults() {
            return new Limits(defaultMaxConnections(), DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_HEAD_TIMEOUT,
                    DEFAULT_UI_REQUEST_TIMEOUT);
        }

        static int defaultMaxConnections() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
                long descriptors = unix.getMaxFileDescriptorCount();
                if (descriptors > 0) {
                    return (int) Math.max(1, Math.min(DEFAULT_MAX_CONNECTIONS, descriptors * 3 / 4));
                }
            }
            return DEFAULT_MAX_CONNECTIONS;
        }

        /** Connections open now, across every instance. */
        public int open() {
            return openConnections.get();
        }
    }

    /** Request line and headers together beyond this are refused (414 / 431) before any handler runs. */
    public static final int MAX_HEADER_SIZE = 8 * 1024;
    public static final int MAX_INITIAL_LINE_LENGTH = 4 * 1024;
    /** Answers smaller than this are sent as they are: compressing them gains nothing. */
    public static final int COMPRESSION_THRESHOLD_BYTES = 1024;
    /** Where the admin UI is mounted: its requests get {@link Limits#uiRequestTimeout()}. */
    static final String UI_MOUNT_POINT = "/ui";

    /**
     * The methods HTTP defines (RFC 9110, and PATCH): any other name (a client may send any token) is answered 501
     * before routing, and counts under {@link #OTHER_METHOD} in the metrics, so invented names add no series.
     */
    public static final Set<String> KNOWN_METHODS = Set.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    /** The one metric label value every method outside {@link #KNOWN_METHODS} shares. */
    public static final String OTHER_METHOD = "OTHER";

    private final Settings settings;
    private volatile HttpServer server;
    private ConnectionGuard guard;

    public WebServer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        // first of all: the request's id, and the access log line and timing once it is answered
        router.route().handler(new AccessLog(router, settings.metrics())::handle);
        router.route().handler(WebServer::refuseUnknownMethod);
        // a path no router can decode (e.g. "%zz") fails before any route's handler runs
        router.errorHandler(400, WebServer::malformedRequest);
        router.route().handler(WebServer::requireDecodableQuery);
        OperationsRoutes.mount(router, vertx, settings.version(), settings.draining(), settings.databaseCheck());
        router.get("/metrics").handler(settings.metricsHandler());
        router.route(ApiRouter.MOUNT_POINT + "/*").subRouter(settings.api().create(vertx));
        Limits limits = settings.limits();
        router.route(UI_MOUNT_POINT + "/*").handler(TimeoutHandler.create(limits.uiRequestTimeout().toMillis(), 503));
        settings.pages().accept(router);
        Duration longestRequest = limits.uiRequestTimeout().compareTo(settings.api().requestTimeout()) > 0
                ? limits.uiRequestTimeout() : settings.api().requestTimeout();
        guard = new ConnectionGuard(vertx, limits.maxConnections(), limits.requestHeadTimeout(),
                longestRequest.plus(ConnectionGuard.GRACE), limits.openConnections());
        return vertx.createHttpServer(compressing(new HttpServerOptions())
                        .setHost(settings.host())
                        .setPort(settings.port())
                        .setMaxHeaderSize(MAX_HEADER_SIZE)
                        .setMaxInitialLineLength(MAX_INITIAL_LINE_LENGTH)
                        // HTTP/1.1 only: with clear-text HTTP/2 on, a connection reaches the HTTP layer (and this
                        // server's connection handler) only once its first bytes tell the two apart, so a silent
                        // socket would escape the connection cap and the request-head time-out
                        .setHttp2ClearTextEnabled(false)
                        .setIdleTimeout((int) limits.idleTimeout().toMillis())
                        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS))
                .connectionHandler(guard::connected)
                .requestHandler(request -> {
                    guard.requestBegan(request);
                    router.handle(request);
                })
                .listen()
                .onSuccess(listening -> server = listening);
    }

    /**
     * These options with answers compressed as the client accepts (gzip, else deflate) from
     * {@link #COMPRESSION_THRESHOLD_BYTES} up: pages, partials, style sheet, scripts and JSON alike. No brotli: Netty's
     * encoder for it needs a native library that the build does not ship.
     *
     * <p>Compressed pages carry the CSRF token next to text the request chose (a search), the shape a BREACH attack
     * reads a secret from; the token is drawn anew for every page (signed double-submit cookie, no session), so no
     * two answers share one to guess at.
     */
    public static HttpServerOptions compressing(HttpServerOptions options) {
        return options.setCompressionSupported(true)
                .setCompressionContentSizeThreshold(COMPRESSION_THRESHOLD_BYTES);
    }

    private static void refuseUnknownMethod(RoutingContext ctx) {
        if (KNOWN_METHODS.contains(ctx.request().method().name())) {
            ctx.next();
            return;
        }
        String path = ctx.request().path();
        if (path != null && path.startsWith(ApiRouter.MOUNT_POINT + "/")) {
            ApiRouter.notImplemented(ctx);
        } else {
            ctx.response().setStatusCode(501).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Not Implemented");
        }
    }

    /**
     * A query string that cannot be decoded ({@code ?%zz=1}) is refused here, once for every router: left in, it
     * would throw later from inside a body handler (when form attributes are merged), where nothing answers. So is a
     * path or query that is not printable ASCII with percent-escapes of UTF-8 text without NUL.
     */
    private static void requireDecodableQuery(RoutingContext ctx) {
        // a path or query whose percent-escapes are not UTF-8 (or hold NUL, which no text column can store) would be
        // decoded with replacement characters, silently: two different names would become one
        if (!StorableText.wellFormedPercentEncoded(ctx.request().path())
                || !StorableText.wellFormedPercentEncoded(ctx.request().query())) {
            malformedRequest(ctx);
            return;
        }
        try {
            ctx.request().params();
        } catch (IllegalArgumentException malformed) {
            malformedRequest(ctx);
            return;
        }
        ctx.next();
    }

    private static void malformedRequest(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path != null && path.startsWith(ApiRouter.MOUNT_POINT + "/")) {
            ApiRouter.malformedRequest(ctx);
        } else if (!ctx.response().ended()) {
            ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Bad Request");
        }
    }

    @Override
    public Future<?> stop() {
        HttpServer current = server;
        if (current == null) {
            return Future.succeededFuture();
        }
        if (guard != null) {
            guard.stop();
        }
        return current.shutdown(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The port the server listens on, once started. */
    public int actualPort() {
        HttpServer current = server;
        if (current == null) {
            throw new IllegalStateException("the web server is not listening");
        }
        return current.actualPort();
    }
}
