package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionGateTest {

    @Test
    void moreTransactionsThanPermits_theRest_startOnlyWhenEarlierOnesComplete_inOrder() {
        TransactionGate gate = new TransactionGate(2);
        List<CompletableFuture<Integer>> bodies = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        List<CompletionStage<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            CompletableFuture<Integer> body = new CompletableFuture<>();
            bodies.add(body);
            results.add(gate.run(() -> {
                started.add(n);
                return body;
            }));
        }
        assertThat(started).containsExactly(0, 1);

        bodies.get(1).complete(1);
        assertThat(started).containsExactly(0, 1, 2);
        bodies.get(0).completeExceptionally(new IllegalStateException("failed"));
        assertThat(started).containsExactly(0, 1, 2, 3);
        bodies.get(2).complete(2);
        bodies.get(3).complete(3);
        bodies.get(4).complete(4);

        assertThat(started).containsExactly(0, 1, 2, 3, 4);
        assertThat(results.get(0).toCompletableFuture()).isCompletedExceptionally();
        assertThat(results.get(4).toCompletableFuture()).isCompletedWithValue(4);
    }

    @Test
    void aTransactionThatThrows_itsPermit_isReleased() {
        TransactionGate gate = new TransactionGate(1);
        AtomicInteger ran = new AtomicInteger();

        CompletionStage<Object> failed = gate.run(() -> {
            throw new IllegalStateException("no stage");
        });
        CompletionStage<Integer> next = gate.run(() -> CompletableFuture.completedFuture(ran.incrementAndGet()));

        assertThat(failed.toCompletableFuture()).isCompletedExceptionally();
        assertThat(next.toCompletableFuture()).isCompletedWithValue(1);
    }
}
