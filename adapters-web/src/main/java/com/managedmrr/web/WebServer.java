package com.managedmrr.web;

import com.managedmrr.web.api.ApiRouter;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.Objects;
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
     */
    public record Settings(String host,
                           int port,
                           String version,
                           BooleanSupplier draining,
                           Supplier<CompletionStage<Void>> databaseCheck,
                           Handler<RoutingContext> metricsHandler,
                           ApiRouter api,
                           Consumer<Router> pages,
                           Duration shutdownGrace) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(draining, "draining");
            Objects.requireNonNull(databaseCheck, "databaseCheck");
            Objects.requireNonNull(metricsHandler, "metricsHandler");
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
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

    /** Request line and headers together beyond this are refused (414 / 431) before any handler runs. */
    public static final int MAX_HEADER_SIZE = 8 * 1024;
    public static final int MAX_INITIAL_LINE_LENGTH = 4 * 1024;

    private final Settings settings;
    private volatile HttpServer server;

    public WebServer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        // a path no router can decode (e.g. "%zz") fails before any route's handler runs
        router.errorHandler(400, WebServer::malformedRequest);
        router.route().handler(WebServer::requireDecodableQuery);
        OperationsRoutes.mount(router, vertx, settings.version(), settings.draining(), settings.databaseCheck());
        router.get("/metrics").handler(settings.metricsHandler());
        router.route(ApiRouter.MOUNT_POINT + "/*").subRouter(settings.api().create(vertx));
        settings.pages().accept(router);
        return vertx.createHttpServer(new HttpServerOptions()
                        .setHost(settings.host())
                        .setPort(settings.port())
                        .setMaxHeaderSize(MAX_HEADER_SIZE)
                        .setMaxInitialLineLength(MAX_INITIAL_LINE_LENGTH))
                .requestHandler(router)
                .listen()
                .onSuccess(listening -> server = listening);
    }

    /**
     * A query string that cannot be decoded ({@code ?%zz=1}) is refused here, once for every router: left in, it
     * would throw later from inside a body handler (when form attributes are merged), where nothing answers.
     */
    private static void requireDecodableQuery(RoutingContext ctx) {
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
