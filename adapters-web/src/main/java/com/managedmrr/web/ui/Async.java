package com.managedmrr.web.ui;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Use cases answer {@link CompletionStage}s; routes continue on the request's own context. */
public final class Async {

    private Async() {
    }

    public static <T> Future<T> call(RoutingContext ctx, Supplier<? extends CompletionStage<T>> work) {
        try {
            return Future.fromCompletionStage(work.get(), ctx.vertx().getOrCreateContext());
        } catch (RuntimeException failure) {
            return Future.failedFuture(failure);
        }
    }
}
