package com.managedmrr.application.common;

import com.managedmrr.domain.access.AutomaticAssignmentPolicy;
import com.managedmrr.domain.access.ImmediateEndPolicy;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AccessCommandPort;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** What follows, inside the same command, when a seat in a client account appears or disappears. */
public final class SeatChanges {

    private SeatChanges() {
    }

    /**
     * The e-mail's seat went from absent to present: every partner of which it is a present employee assigns it to
     * the client account (docs/rules.md §3, §9). Each new assignment is noted in the command's audit trail.
     */
    public static CompletionStage<Void> assignOnSeatAdded(AccessCommandPort store, HubId hubId, Email email, Instant now,
                                                          AuditTrail audit) {
        return store.membershipsOf(email)
                .thenCompose(memberships -> Stages.forEach(AutomaticAssignmentPolicy.onSeatAdded(memberships),
                        partnerId -> store.assignedHubs(partnerId, email)
                                .thenCompose(assigned -> {
                                    if (assigned.contains(hubId)) {
                                        return CompletableFuture.completedFuture(null);
                                    }
                                    audit.assigned(partnerId, email, hubId, true);
                                    return store.assign(partnerId, email, hubId, now);
                                })));
    }

    /**
     * The e-mail's seat was removed (or, when {@code seatExisted} is false, there was none to remove): for every
     * partner of which it is a present user, the relationship ends at once when none of that partner's users is
     * seated there any more (docs/rules.md §5). Answers the partners whose relationship ended; each end is noted in the
     * command's audit trail.
     */
    public static CompletionStage<Set<PartnerId>> endAfterSeatRemoved(AccessCommandPort store, HubId hubId, Email email,
                                                                      boolean seatExisted, Instant now,
                                                                      AuditTrail audit) {
        Set<PartnerId> ended = new LinkedHashSet<>();
        return store.membershipsOf(email)
                .thenCompose(memberships -> Stages.forEach(memberships, user -> store.seatedUsers(user.partnerId(), hubId)
                        .thenCompose(stillSeated -> ImmediateEndPolicy.afterSeatRemoved(seatExisted, stillSeated)
                                .map(reason -> {
                                    ended.add(user.partnerId());
                                    RelationshipEnd end = new RelationshipEnd(user.partnerId(), hubId, now, reason);
                                    audit.ended(end);
                                    return store.recordEnd(end);
                                })
                                .orElseGet(() -> CompletableFuture.completedFuture(null)))))
                .thenApply(ignored -> ended);
    }
}
