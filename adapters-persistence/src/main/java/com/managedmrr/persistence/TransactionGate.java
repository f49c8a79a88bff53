package com.managedmrr.persistence;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Bounds how many write transactions (commands, ingestion batches, catalogue and rate changes) hold a pool
 * connection at once, queueing the rest without blocking, so some connections always stay free for plain reads.
 *
 * <p>Why: a transaction may wait on the advisory lock while holding its connection, and the core reads other ports
 * on the pool inside a transaction (the catalogue during ingestion, the point units during a client upsert). If
 * every connection were held by transactions, the ones holding the lock could wait forever for a connection for
 * such a read while the others wait for the lock: a deadlock across the pool.
 */
final class TransactionGate {

    private final int permits;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inUse;

    TransactionGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
    }

    /** The transactions allowed for a pool of this many connections: all but two, and at least one. */
    static TransactionGate forPoolOf(int maxPoolSize) {
        return new TransactionGate(Math.max(1, maxPoolSize - 2));
    }

    /** Starts the transaction now when a permit is free, else when one is released; the permit is held until its stage completes. */
    <T> CompletionStage<T> run(Supplier<CompletionStage<T>> transaction) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            CompletionStage<T> stage;
            try {
                stage = transaction.get();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            stage.whenComplete((value, failure) -> {
                release();
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            });
        };
        boolean now;
        synchronized (this) {
            now = inUse < permits;
            if (now) {
                inUse++;
            } else {
                waiting.add(start);
            }
        }
        if (now) {
            start.run();
        }
        return result;
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inUse--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
