package com.managedmrr.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health}: the process is up (always 200), and its version. {@code GET /ready}: the database answers
 * and accepts writes (200), or not (503); 503 too once the server is shutting down, so that a load balancer stops
 * sending. Neither needs the API token.
 */
public final class OperationsRoutes {

    /** A database slower than this to answer {@code SELECT 1} counts as not ready. */
    static final long READINESS_TIMEOUT_MILLIS = 2_000;

    private OperationsRoutes() {
    }

    public static void mount(Router router, Vertx vertx, Supplier<CompletionStage<Void>> databaseCheck) {
        mount(router, vertx, "unknown", () -> false, databaseCheck);
    }

    /**
     * @param version  shown by {@code /health}
     * @param draining true once the server is shutting down
     */
    public static void mount(Router router, Vertx vertx, String version, BooleanSupplier draining,
                             Supplier<CompletionStage<Void>> databaseCheck) {
        String health = new JsonObject().put("status", "UP").put("version", version).encode();
        router.get("/health").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(health));

        HealthCheckHandler readiness = HealthCheckHandler.create(vertx)
                // the handler's own timeout would answer 500; ours, shorter, answers 503 like any other failure
                .register("shutdown", promise -> promise.complete(draining.getAsBoolean()
                        ? Status.KO(new JsonObject().put("reason", "the server is shutting down"))
                        : Status.OK()))
                .register("database", READINESS_TIMEOUT_MILLIS + 1_000, promise -> {
                    Future<Void> check;
                    try {
                        check = Future.fromCompletionStage(databaseCheck.get(), vertx.getOrCreateContext());
                    } catch (RuntimeException e) {
                        check = Future.failedFuture(e);
                    }
                    check.timeout(READINESS_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                            .onComplete(result -> promise.tryComplete(result.succeeded()
                                    ? Status.OK()
                                    : Status.KO(new JsonObject().put("reason", "the database does not answer or does not accept writes"))));
                });
        router.get("/ready").handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "no-store");
            readiness.handle(ctx);
        });
    }
}
