package com.managedmrr.application.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A partner user's DEACTIVATED seat becomes ACTIVE; it never assigns. */
public final class ReactivateUserService implements ReactivateUserUseCase {

    public static final String NOT_A_CLIENT_USER = "NOT_A_CLIENT_USER";

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public ReactivateUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<SeatStatus> reactivateUser(ReactivateUserCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partnerClientAndUser(store, command.partnerId(), command.hubId(), command.email())
                    .thenCompose(user -> store.seat(command.hubId(), command.email()))
                    .thenCompose(seat -> {
                        if (seat.isEmpty()) {
                            throw DomainException.refused(NOT_A_CLIENT_USER, command.email()
                                    + " is not a user in client account " + command.hubId() + ", so there is nothing"
                                    + " to reactivate.");
                        }
                        if (seat.get() != SeatStatus.DEACTIVATED) {
                            return CompletableFuture.<Void>completedFuture(null);
                        }
                        audit.note("reactivated " + command.email() + " in client account " + command.hubId());
                        return store.setSeat(command.hubId(), command.email(), SeatStatus.ACTIVE, now);
                    })
                    .thenCompose(ignored -> FutureActivities.reattribute(store, command.hubId(), now)
                            .thenApply(done -> ignored))
                    .thenCompose(ignored -> audit.record(store, now, command.actor(), AuditAction.USER_REACTIVATED,
                            command.partnerId(), command.hubId(), command.email()))
                    .thenApply(ignored -> SeatStatus.ACTIVE);
        }));
    }
}
