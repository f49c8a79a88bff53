package com.managedmrr.application.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The assignment ends now; the seat stays and nothing ends at once (docs/rules.md §5). */
public final class UnassignService implements UnassignUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public UnassignService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> unassign(UnassignCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partnerClientAndUser(store, command.partnerId(), command.hubId(), command.email())
                    .thenCompose(user -> store.assignedHubs(command.partnerId(), command.email()))
                    .thenCompose(assigned -> {
                        if (assigned.contains(command.hubId())) {
                            audit.unassigned(command.partnerId(), command.email(), command.hubId());
                        }
                        return store.unassign(command.partnerId(), command.email(), command.hubId(), now);
                    })
                    .thenCompose(ignored -> FutureActivities.reattribute(store, command.hubId(), now)
                            .thenApply(done -> ignored))
                    .thenCompose(ignored -> audit.record(store, now, command.actor(), AuditAction.UNASSIGNED,
                            command.partnerId(), command.hubId(), command.email()));
        }));
    }
}
