package com.managedmrr.web.api;

import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers requests: calls a use case ({@link UseCaseCall}), writes its answer as JSON, and hands any failure to the
 * API's failure handler.
 */
final class Replies {

    static final String JSON = "application/json";

    private Replies() {
    }

    /** Calls the use case; {@code reply} answers with its value, and a failure goes to the failure handler. */
    static <T> void when(RoutingContext ctx, Supplier<? extends CompletionStage<T>> useCase, Consumer<T> reply) {
        UseCaseCall.call(ctx, useCase).onComplete(result -> {
            if (ctx.response().ended()) {
                return; // the time limit answered already
            }
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            try {
                reply.accept(result.result());
            } catch (RuntimeException e) {
                ctx.fail(e);
            }
        });
    }

    static void ok(RoutingContext ctx, JsonObject body) {
        json(ctx, 200, body);
    }

    /** A 200 whose JSON body is already encoded (a large answer written straight into a buffer). */
    static void ok(RoutingContext ctx, Buffer json) {
        ctx.response()
                .setStatusCode(200)
                .putHeader("Content-Type", JSON)
                .putHeader("Cache-Control", "no-store")
                .end(json);
    }

    /** An idempotent upsert's answer: 201 when created, 200 when updated. */
    static void upserted(RoutingContext ctx, boolean created, JsonObject body) {
        json(ctx, created ? 201 : 200, body);
    }

    static void noContent(RoutingContext ctx) {
        ctx.response().setStatusCode(204).putHeader("Cache-Control", "no-store").end();
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", JSON)
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
