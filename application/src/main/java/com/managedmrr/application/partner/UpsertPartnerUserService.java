package com.managedmrr.application.partner;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.access.AutomaticAssignmentPolicy;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A user who is not present in the partner account (new, or removed before) is added now and, when an employee,
 * assigned to every client account where the e-mail has a seat. A present user only has their name and kind
 * updated; that never assigns.
 */
public final class UpsertPartnerUserService implements UpsertPartnerUserUseCase {

    public static final String EMPLOYEE_DOMAIN_MISMATCH = "EMPLOYEE_DOMAIN_MISMATCH";

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public UpsertPartnerUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<PartnerUser>> upsertPartnerUser(UpsertPartnerUserCommand command) {
        PartnerUser user = command.user();
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partner(store, user.partnerId())
                    .thenCompose(partner -> {
                        if (user.isEmployee() && !partner.acceptsEmployee(user.email())) {
                            throw DomainException.refused(EMPLOYEE_DOMAIN_MISMATCH,
                                    "An employee's e-mail must be in one of the partner's domains "
                                            + partner.emailDomains() + "; " + user.email() + " is not.",
                                    List.of(new DomainException.FieldError("email",
                                            "not in the partner's domains " + partner.emailDomains())));
                        }
                        return store.partnerUser(user.partnerId(), user.email());
                    })
                    .thenCompose(present -> present.isPresent()
                            ? update(store, user, audit).thenApply(ignored -> new Upserted<>(user, false))
                            : join(store, user, now, audit).thenApply(ignored -> new Upserted<>(user, true)))
                    .thenCompose(upserted -> FutureActivities.reattributeSeatedHubsOf(store, command.user().email(), now)
                            .thenApply(done -> upserted))
                    .thenCompose(upserted -> audit.record(store, now, command.actor(),
                                    AuditAction.PARTNER_USER_UPSERTED, user.partnerId(), null, user.email())
                            .thenApply(ignored -> upserted));
        }));
    }

    private static CompletionStage<Void> update(AccessCommandPort store, PartnerUser user, AuditTrail audit) {
        audit.note(user.partnerId(), "updated " + user.email() + ": " + user.kind() + " '" + user.name() + "'");
        return store.updatePartnerUser(user);
    }

    private static CompletionStage<Void> join(AccessCommandPort store, PartnerUser user, Instant now, AuditTrail audit) {
        audit.note(user.partnerId(), "added " + user.email() + " to the partner account as " + user.kind() + " '"
                + user.name() + "'");
        return store.addPartnerUser(user, now)
                .thenCompose(ignored -> store.assignedHubs(user.partnerId(), user.email()))
                .thenCompose(alreadyAssigned -> store.seatedHubs(user.email())
                        .thenCompose(seatedHubs -> Stages.forEach(
                                AutomaticAssignmentPolicy.onJoiningPartner(user, seatedHubs), hubId -> {
                                    if (!alreadyAssigned.contains(hubId)) {
                                        audit.assigned(user.partnerId(), user.email(), hubId, true);
                                    }
                                    return store.assign(user.partnerId(), user.email(), hubId, now);
                                })));
    }
}
