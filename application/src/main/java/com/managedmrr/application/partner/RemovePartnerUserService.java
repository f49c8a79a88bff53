package com.managedmrr.application.partner;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.access.ImmediateEndPolicy;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Every assignment of the user ends now, then the user leaves the partner account; for each client account where
 * nobody of the partner is assigned any more, the managed relationship ends at once (docs/rules.md §5).
 */
public final class RemovePartnerUserService implements RemovePartnerUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemovePartnerUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> removePartnerUser(RemovePartnerUserCommand command) {
        PartnerId partnerId = command.partnerId();
        Email email = command.email();
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partnerUser(store, partnerId, email)
                    .thenCompose(user -> store.assignedHubs(partnerId, email))
                    .thenCompose(hubs -> {
                        List<HubId> assigned = hubs.stream().sorted().toList();
                        return Stages.forEach(assigned, hubId -> {
                                    audit.unassigned(partnerId, email, hubId);
                                    return store.unassign(partnerId, email, hubId, now);
                                })
                                .thenCompose(ignored -> {
                                    audit.note(partnerId, "removed " + email + " from the partner account");
                                    return store.removePartnerUser(partnerId, email, now);
                                })
                                .thenCompose(ignored -> Stages.forEach(assigned,
                                        hubId -> endIfNobodyAssigned(store, partnerId, hubId, now, audit)));
                    })
                    .thenCompose(ignored -> FutureActivities.reattributeSeatedHubsOf(store, command.email(), now)
                            .thenApply(done -> ignored))
                    .thenCompose(ignored -> audit.record(store, now, command.actor(),
                            AuditAction.PARTNER_USER_REMOVED, partnerId, null, email));
        }));
    }

    private static CompletionStage<Void> endIfNobodyAssigned(AccessCommandPort store, PartnerId partnerId, HubId hubId,
                                                             Instant now, AuditTrail audit) {
        return store.assignedUsers(partnerId, hubId)
                .thenCompose(stillAssigned -> ImmediateEndPolicy.afterAssignedUserRemovedFromPartner(stillAssigned)
                        .map(reason -> {
                            RelationshipEnd end = new RelationshipEnd(partnerId, hubId, now, reason);
                            audit.ended(end);
                            return store.recordEnd(end);
                        })
                        .orElseGet(() -> CompletableFuture.completedFuture(null)));
    }
}
