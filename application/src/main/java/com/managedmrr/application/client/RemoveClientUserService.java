package com.managedmrr.application.client;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.SeatChanges;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The client account's own removal of a seat. Assignments in partner accounts stay; a partner whose last user there
 * this was loses the managed relationship at once (docs/rules.md §5).
 */
public final class RemoveClientUserService implements RemoveClientUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemoveClientUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> removeClientUser(RemoveClientUserCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.client(store, command.hubId())
                    .thenCompose(client -> store.seat(command.hubId(), command.email()))
                    .thenCompose(seat -> {
                        if (seat.isEmpty()) {
                            throw Refusals.clientUserNotFound(command.hubId(), command.email());
                        }
                        audit.note("removed " + command.email() + " from client account " + command.hubId());
                        return store.removeSeat(command.hubId(), command.email(), now);
                    })
                    .thenCompose(ignored -> SeatChanges.endAfterSeatRemoved(store, command.hubId(), command.email(),
                            true, now, audit))
                    .thenCompose(ended -> FutureActivities.reattribute(store, command.hubId(), now)
                            .thenApply(done -> ended))
                    .thenCompose(ended -> audit.record(store, now, command.actor(), AuditAction.SEAT_REMOVED, null,
                            command.hubId(), command.email()));
        }));
    }
}
