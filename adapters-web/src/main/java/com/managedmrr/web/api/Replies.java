package com.managedmrr.web.api;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Answers requests: runs a use case's stage back on the request's Vert.x context, writes JSON, and hands any failure
 * (unwrapped from {@link CompletionException}) to the API's failure handler.
 */
final class Replies {

    static final String JSON = "application/json";

    private Replies() {
    }

    /** When {@code stage} completes, {@code reply} answers with its value; a failure goes to the failure handler. */
    static <T> void when(RoutingContext ctx, CompletionStage<T> stage, Consumer<T> reply) {
        Future.fromCompletionStage(stage, ctx.vertx().getOrCreateContext()).onComplete(result -> {
            if (ctx.response().ended()) {
                return; // the time limit answered already
            }
            if (result.failed()) {
                ctx.fail(unwrap(result.cause()));
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

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
