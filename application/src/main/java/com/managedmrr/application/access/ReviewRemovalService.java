package com.managedmrr.application.access;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.access.ImmediateEndPolicy;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * What Remove employee from client would do, read in one consistent view: the client account the user loses access
 * to (when they have a seat there), the assets of their activities there, and whether it ends the partner's managed
 * relationship (they are seated there and no other of the partner's users is).
 */
public final class ReviewRemovalService implements ReviewRemovalUseCase {

    private final CommandTransactionPort transactions;

    public ReviewRemovalService(CommandTransactionPort transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CompletionStage<RemovalReview> reviewRemoval(RemovalReviewQuery query) {
        return Stages.attempt(() -> transactions.inTransaction(store -> Require
                .partnerClientAndUser(store, query.partnerId(), query.hubId(), query.email())
                .thenCompose(user -> store.seat(query.hubId(), query.email()))
                .thenCompose(seat -> store.assetIds(query.hubId(), query.email())
                        .thenCompose(assets -> store.seatedUsers(query.partnerId(), query.hubId())
                                .thenApply(seated -> review(query, seat, assets, seated))))));
    }

    private static RemovalReview review(RemovalReviewQuery query, Optional<SeatStatus> seat, List<String> assets,
                                        Set<Email> seated) {
        Set<Email> othersStillSeated = seated.stream()
                .filter(email -> !email.equals(query.email()))
                .collect(Collectors.toSet());
        boolean ends = ImmediateEndPolicy.afterSeatRemoved(seat.isPresent(), othersStillSeated).isPresent();
        List<HubId> lost = seat.isPresent() ? List.of(query.hubId()) : List.of();
        return new RemovalReview(lost, assets, ends);
    }
}
