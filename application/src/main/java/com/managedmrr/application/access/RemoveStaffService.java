package com.managedmrr.application.access;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.SeatChanges;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Remove employee from client: the seat goes (when there is one) and so does this partner's assignment; every partner
 * of the e-mail (this one included) none of whose users is seated there any more loses the relationship at once.
 */
public final class RemoveStaffService implements RemoveStaffUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemoveStaffService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Boolean> removeStaff(RemoveStaffCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            return Require.partnerClientAndUser(store, command.partnerId(), command.hubId(), command.email())
                    .thenCompose(user -> store.seat(command.hubId(), command.email()))
                    .thenCompose(seat -> (seat.isPresent()
                                    ? store.removeSeat(command.hubId(), command.email(), now)
                                    : CompletableFuture.<Void>completedFuture(null))
                            .thenCompose(ignored -> store.unassign(command.partnerId(), command.email(),
                                    command.hubId(), now))
                            .thenCompose(ignored -> SeatChanges.endAfterSeatRemoved(store, command.hubId(),
                                    command.email(), seat.isPresent(), now)))
                    .thenApply(ended -> ended.contains(command.partnerId()));
        }));
    }
}
