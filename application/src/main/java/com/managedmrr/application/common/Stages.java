package com.managedmrr.application.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Composing the ports' stages without blocking. */
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
}
