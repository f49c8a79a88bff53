package com.managedmrr.application.common;

import com.managedmrr.domain.credit.AttributionPolicy;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.port.AccessStore;
import com.managedmrr.domain.port.RecordedActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Activities may arrive dated up to 5 minutes ahead of the server clock (SPEC §8), and were attributed by the
 * standings known then. A command changes those standings from its instant on, so at its end it judges again, by
 * the standings it leaves (which hold until the next command), every activity of the client accounts it touched that
 * is dated after its instant (SPEC §4: attribution is decided at the activity's instant).
 */
public final class FutureActivities {

    private FutureActivities() {
    }

    public static CompletionStage<Void> reattribute(AccessStore store, Collection<HubId> hubIds, Instant now) {
        return Stages.forEach(new TreeSet<>(hubIds), hubId -> store.activitiesAfter(hubId, now)
                .thenCompose(activities -> Stages.forEach(activities, activity -> reattribute(store, activity))));
    }

    public static CompletionStage<Void> reattribute(AccessStore store, HubId hubId, Instant now) {
        return reattribute(store, List.of(hubId), now);
    }

    /** The same for every client account in which the e-mail has a seat (a change to a partner user). */
    public static CompletionStage<Void> reattributeSeatedHubsOf(AccessStore store, Email email, Instant now) {
        return store.seatedHubs(email).thenCompose(hubIds -> reattribute(store, hubIds, now));
    }

    private static CompletionStage<Void> reattribute(AccessStore store, RecordedActivity recorded) {
        if (!recorded.qualifies()) {
            return CompletableFuture.completedFuture(null);
        }
        HubId hubId = recorded.activity().hubId();
        Email email = recorded.activity().userEmail();
        return store.seat(hubId, email).thenCompose(seat -> store.membershipsOf(email)
                .thenCompose(memberships -> assignedMembers(store, memberships, hubId))
                .thenCompose(assigned -> {
                    List<PartnerId> partners = AttributionPolicy.attributedPartners(true, seat, assigned);
                    if (Set.copyOf(partners).equals(Set.copyOf(recorded.attributedTo()))) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return store.reattribute(recorded, partners);
                }));
    }

    private static CompletionStage<List<PartnerId>> assignedMembers(AccessStore store, List<PartnerUser> memberships,
                                                                    HubId hubId) {
        List<PartnerId> assigned = new ArrayList<>();
        return Stages.forEach(memberships, user -> store.assignedHubs(user.partnerId(), user.email())
                        .thenAccept(hubs -> {
                            if (hubs.contains(hubId)) {
                                assigned.add(user.partnerId());
                            }
                        }))
                .thenApply(ignored -> assigned);
    }
}
