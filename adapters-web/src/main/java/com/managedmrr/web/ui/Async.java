package com.managedmrr.web.ui;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Use cases answer {@link CompletionStage}s; routes continue on the request's own context, with the failure the use
 * case raised (not the wrappers completion stages put around it).
 */
public final class Async {

    private Async() {
    }

    public static <T> Future<T> call(RoutingContext ctx, Supplier<? extends CompletionStage<T>> work) {
        Future<T> future;
        try {
            future = Future.fromCompletionStage(work.get(), ctx.vertx().getOrCreateContext());
        } catch (RuntimeException failure) {
            future = Future.failedFuture(failure);
        }
        return future.recover(failure -> Future.failedFuture(unwrap(failure)));
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
