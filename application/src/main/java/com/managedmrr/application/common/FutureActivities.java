package com.managedmrr.application.common;

import com.managedmrr.domain.credit.AttributionPolicy;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Activities may arrive dated up to 5 minutes ahead of the server clock (docs/rules.md §4.4), and were judged by the catalogue
 * and the standings known then. A command changes those from its instant on, so at its end it judges again — whether
 * it qualifies and to whom it is attributed, whatever it was judged before (docs/rules.md §4.2) — by the catalogue and standings
 * it leaves (which hold until the next command), every activity dated at or after its instant of the client accounts
 * it touched (an access command) or of the tool it changed (a catalogue change).
 */
public final class FutureActivities {

    private FutureActivities() {
    }

    public static CompletionStage<Void> reattribute(AccessCommandPort store, Collection<HubId> hubIds, Instant now) {
        return store.qualifyingCatalogue().thenCompose(catalogue -> Stages.forEach(new TreeSet<>(hubIds),
                hubId -> store.activitiesFrom(hubId, now)
                        .thenCompose(activities -> rejudge(store, catalogue, activities))));
    }

    public static CompletionStage<Void> reattribute(AccessCommandPort store, HubId hubId, Instant now) {
        return reattribute(store, List.of(hubId), now);
    }

    /** The same for every client account in which the e-mail has a seat (a change to a partner user). */
    public static CompletionStage<Void> reattributeSeatedHubsOf(AccessCommandPort store, Email email, Instant now) {
        return store.seatedHubs(email).thenCompose(hubIds -> reattribute(store, hubIds, now));
    }

    /** Every client's activities of the tool dated at or after the instant (a catalogue change to that tool). */
    public static CompletionStage<Void> rejudgeTool(AccessCommandPort store, String tool, Instant now) {
        return store.qualifyingCatalogue().thenCompose(catalogue -> store.activitiesOfToolFrom(tool, now)
                .thenCompose(activities -> rejudge(store, catalogue, activities)));
    }

    private static CompletionStage<Void> rejudge(AccessCommandPort store, QualifyingCatalogue catalogue,
                                                 List<RecordedActivity> activities) {
        return Stages.forEach(activities, activity -> rejudge(store, catalogue, activity));
    }

    private static CompletionStage<Void> rejudge(AccessCommandPort store, QualifyingCatalogue catalogue,
                                                 RecordedActivity recorded) {
        Activity activity = recorded.activity();
        boolean qualifies = catalogue.qualifies(activity.tool(), activity.action(), activity.occurredAt());
        CompletionStage<List<PartnerId>> partners = qualifies
                ? attributedPartners(store, activity)
                : CompletableFuture.completedFuture(List.of());
        return partners.thenCompose(attributed -> {
            if (qualifies == recorded.qualifies() && Set.copyOf(attributed).equals(Set.copyOf(recorded.attributedTo()))) {
                return CompletableFuture.completedFuture(null);
            }
            return store.reattribute(recorded, qualifies, attributed);
        });
    }

    /** The partners the activity is attributed to by the standings now (which hold at its instant, ahead of now). */
    private static CompletionStage<List<PartnerId>> attributedPartners(AccessCommandPort store, Activity activity) {
        HubId hubId = activity.hubId();
        Email email = activity.userEmail();
        return store.seat(hubId, email).thenCompose(seat -> store.membershipsOf(email)
                .thenCompose(memberships -> assignedMembers(store, memberships, hubId))
                .thenApply(assigned -> AttributionPolicy.attributedPartners(true, seat, assigned)));
    }

    private static CompletionStage<List<PartnerId>> assignedMembers(AccessCommandPort store, List<PartnerUser> memberships,
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
