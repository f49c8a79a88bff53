package com.managedmrr.application.access;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.access.AccessChange;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * What Remove employee from client would do, read in one consistent view and decided by
 * {@code AccessChange#reviewRemoval}; it changes nothing.
 */
public final class ReviewRemovalService implements ReviewRemovalUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public ReviewRemovalService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<RemovalReview> reviewRemoval(RemovalReviewQuery query) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            AccessScope scope = AccessScope.ofClient(query.partnerId(), query.hubId(), query.email(), clock.now());
            return store.load(scope.withAssets()).thenApply(snapshot -> new AccessChange(snapshot, scope.pendingFrom())
                    .reviewRemoval(query.partnerId(), query.hubId(), query.email()));
        }));
    }
}
