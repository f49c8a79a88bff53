package com.managedmrr.application.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers for composing the ports' stages without blocking. */
public final class Stages {

    private Stages() {
    }

    /** The work's stage; a work that throws before answering one gives a failed stage instead. */
    public static <T> CompletionStage<T> attempt(Supplier<? extends CompletionStage<T>> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** Runs the step for each item, one after the other, in order. */
    public static <T> CompletionStage<Void> forEach(Iterable<? extends T> items,
                                                    Function<? super T, ? extends CompletionStage<?>> step) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (T item : items) {
            chain = chain.thenCompose(ignored -> {
                CompletionStage<?> next = step.apply(item);
                return next.thenApply(done -> (Void) null);
            });
        }
        return chain;
    }

    /** Runs the step for each item, one after the other, and answers the results in the items' order. */
    public static <T, R> CompletionStage<List<R>> map(List<? extends T> items,
                                                      Function<? super T, ? extends CompletionStage<R>> step) {
        List<R> results = new ArrayList<>(items.size());
        return forEach(items, item -> step.apply(item).thenAccept(results::add)).thenApply(ignored -> results);
    }
}
