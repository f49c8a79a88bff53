package com.managedmrr.application.client;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.SeatChanges;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The client account adds a user or changes their status. Only a seat going from absent to present assigns (every
 * partner of which the e-mail is a present employee); status changes never do.
 */
public final class SetClientUserService implements SetClientUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public SetClientUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<SeatStatus>> setClientUser(SetClientUserCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.client(store, command.hubId())
                    .thenCompose(client -> store.seat(command.hubId(), command.email()))
                    .thenCompose(current -> {
                        if (current.isEmpty()) {
                            audit.note("added " + command.email() + " to client account " + command.hubId() + " as "
                                    + command.status());
                            return store.setSeat(command.hubId(), command.email(), command.status(), now)
                                    .thenCompose(ignored -> SeatChanges.assignOnSeatAdded(store, command.hubId(),
                                            command.email(), now, audit))
                                    .thenApply(ignored -> new Upserted<>(command.status(), true));
                        }
                        if (current.get() == command.status()) {
                            return CompletableFuture.completedFuture(new Upserted<>(command.status(), false));
                        }
                        audit.note("changed the seat of " + command.email() + " in client account " + command.hubId()
                                + " from " + current.get() + " to " + command.status());
                        return store.setSeat(command.hubId(), command.email(), command.status(), now)
                                .thenApply(ignored -> new Upserted<>(command.status(), false));
                    })
                    .thenCompose(upserted -> FutureActivities.reattribute(store, command.hubId(), now)
                            .thenApply(done -> upserted))
                    .thenCompose(upserted -> audit.record(store, now, command.actor(), AuditAction.SEAT_SET, null,
                                    command.hubId(), command.email())
                            .thenApply(ignored -> upserted));
        }));
    }
}
