package com.managedmrr.application.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Assigns a contractor to a client account in which the contractor's e-mail already has a seat (active or not). */
public final class LinkClientService implements LinkClientUseCase {

    public static final String NOT_A_CONTRACTOR = "NOT_A_CONTRACTOR";
    public static final String CONTRACTOR_NOT_A_CLIENT_USER = "CONTRACTOR_NOT_A_CLIENT_USER";

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public LinkClientService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Boolean> linkClient(LinkClientCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partnerUser(store, command.partnerId(), command.contractorEmail())
                    .thenCompose(user -> {
                        if (user.isEmployee()) {
                            throw DomainException.refused(NOT_A_CONTRACTOR, user.email()
                                    + " is an employee; Link clients takes contractors only (employees are added"
                                    + " with Add employees).");
                        }
                        return store.client(command.hubId());
                    })
                    .thenCompose(client -> client.isEmpty()
                            ? CompletableFuture.completedFuture(Optional.<SeatStatus>empty())
                            : store.seat(command.hubId(), command.contractorEmail()))
                    .thenCompose(seat -> {
                        // an unknown Hub ID is answered like a client account without the contractor, so another
                        // partner's admin cannot learn from Link clients which Hub IDs exist
                        if (seat.isEmpty()) {
                            throw DomainException.refused(CONTRACTOR_NOT_A_CLIENT_USER, command.contractorEmail()
                                    + " is not a user in client account " + command.hubId()
                                    + "; the client account must add them as a user before they can be linked.");
                        }
                        return store.assignedUsers(command.partnerId(), command.hubId());
                    })
                    .thenCompose(assigned -> {
                        boolean newly = !assigned.contains(command.contractorEmail());
                        if (newly) {
                            audit.assigned(command.partnerId(), command.contractorEmail(), command.hubId(), false);
                        }
                        return store.assign(command.partnerId(), command.contractorEmail(), command.hubId(), now)
                                .thenCompose(ignored -> FutureActivities.reattribute(store, command.hubId(), now)
                                        .thenApply(done -> ignored))
                                .thenCompose(ignored -> audit.record(store, now, command.actor(),
                                        AuditAction.CLIENT_LINKED, command.partnerId(), command.hubId(),
                                        command.contractorEmail()))
                                .thenApply(ignored -> newly);
                    });
        }));
    }
}
