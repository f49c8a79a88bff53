package com.managedmrr.web.usecase;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The one way a route (of the JSON API or of the admin pages) calls a use case: use cases answer
 * {@link CompletionStage}s; the route continues on the request's own Vert.x context, with the failure the use case
 * raised (not the wrappers completion stages put around it), whether it failed the stage or threw.
 */
public final class UseCaseCall {

    private UseCaseCall() {
    }

    /** Runs {@code work} (a use case's call) and answers its outcome on the request's context. */
    public static <T> Future<T> call(RoutingContext ctx, Supplier<? extends CompletionStage<T>> work) {
        Future<T> future;
        try {
            future = Future.fromCompletionStage(work.get(), ctx.vertx().getOrCreateContext());
        } catch (RuntimeException failure) {
            future = Future.failedFuture(failure);
        }
        return future.recover(failure -> Future.failedFuture(unwrap(failure)));
    }

    /** The failure inside the {@link CompletionException}s and {@link ExecutionException}s around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
