package com.managedmrr.domain.testing;

import com.managedmrr.domain.access.AccessChanges;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.AccessSnapshot;
import com.managedmrr.domain.access.Assignment;
import com.managedmrr.domain.access.Rejudgement;
import com.managedmrr.domain.access.Seat;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Single changes for the stores' fixtures, each applied through {@link AccessCommandPort#apply} without the rules:
 * a history can be laid down change by change, at any instant.
 */
public final class AccessSteps {

    /** The instant reads load their snapshot at: before every test's history, so every activity is pending. */
    private static final Instant READ_AT = Instant.parse("2000-01-01T00:00:00Z");

    private final AccessCommandPort store;

    private AccessSteps(AccessCommandPort store) {
        this.store = store;
    }

    public static AccessSteps on(AccessCommandPort store) {
        return new AccessSteps(store);
    }

    /** Applies the changes and computes the servicing spans they alter again, as a command does (§5.5). */
    private CompletionStage<Void> apply(AccessChanges changes) {
        Set<Relationship> respanned = changes.respanned();
        return store.apply(changes).thenCompose(applied -> respanned.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : store.ledgers(respanned).thenCompose(ledgers -> {
                    Map<Relationship, List<ServicingSpan>> spans = new LinkedHashMap<>();
                    ledgers.forEach((relationship, ledger) -> spans.put(relationship, ledger.spans()));
                    return store.saveSpans(spans);
                }));
    }

    public CompletionStage<Void> addPartnerUser(PartnerUser user, Instant at) {
        return apply(AccessChanges.at(at).addUser(user).build());
    }

    public CompletionStage<Void> updatePartnerUser(PartnerUser user, Instant at) {
        return apply(AccessChanges.at(at).updateUser(user).build());
    }

    public CompletionStage<Void> removePartnerUser(PartnerId partnerId, Email email, Instant at) {
        PartnerUser leaving = new PartnerUser(partnerId, email, "Leaving", PartnerUserKind.CONTRACTOR);
        return apply(AccessChanges.at(at).removeUser(leaving).build());
    }

    /** Adds the seat or changes its status (closing the open period when its status differs). */
    public CompletionStage<Void> setSeat(HubId hubId, Email email, SeatStatus status, Instant at) {
        return seat(hubId, email, at).thenCompose(current -> {
            if (current.isPresent() && current.get().status() == status) {
                return apply(AccessChanges.at(at).build());
            }
            AccessChanges.Builder changes = AccessChanges.at(at);
            current.ifPresent(changes::closeSeat);
            return apply(changes.openSeat(new Seat(hubId, email, status)).build());
        });
    }

    public CompletionStage<Void> removeSeat(HubId hubId, Email email, Instant at) {
        return seat(hubId, email, at).thenCompose(current -> {
            AccessChanges.Builder changes = AccessChanges.at(at);
            current.ifPresent(changes::closeSeat);
            return apply(changes.build());
        });
    }

    public CompletionStage<Void> assign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
        return apply(AccessChanges.at(at).openAssignment(new Assignment(partnerId, email, hubId)).build());
    }

    public CompletionStage<Void> unassign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
        return apply(AccessChanges.at(at).closeAssignment(new Assignment(partnerId, email, hubId)).build());
    }

    public CompletionStage<Void> recordEnd(RelationshipEnd end) {
        return apply(AccessChanges.at(end.endedAt()).end(end).build());
    }

    public CompletionStage<Void> reattribute(RecordedActivity activity, boolean qualifies, List<PartnerId> partners) {
        return apply(AccessChanges.at(activity.activity().occurredAt())
                .rejudge(new Rejudgement(activity, qualifies, partners)).build());
    }

    public CompletionStage<Void> saveQualifyingActions(QualifyingActions actions) {
        return apply(AccessChanges.at(actions.effectiveFrom()).saveQualifyingActions(actions).build());
    }

    // reads, each through a snapshot of the narrowest scope that answers it

    public CompletionStage<Optional<Partner>> partner(PartnerId partnerId) {
        return load(new AccessScope(Optional.of(partnerId), Set.of(), Set.of(), false, Optional.empty(), READ_AT,
                false)).thenApply(AccessSnapshot::partner);
    }

    public CompletionStage<Optional<ClientAccount>> client(HubId hubId) {
        return load(AccessScope.ofClient(null, hubId, List.of(), READ_AT))
                .thenApply(snapshot -> Optional.ofNullable(snapshot.clients().get(hubId)));
    }

    public CompletionStage<Optional<PartnerUser>> partnerUser(PartnerId partnerId, Email email) {
        return membershipsOf(email).thenApply(users -> users.stream()
                .filter(user -> user.partnerId().equals(partnerId)).findFirst());
    }

    public CompletionStage<List<PartnerUser>> membershipsOf(Email email) {
        return load(ofEmail(email)).thenApply(snapshot -> snapshot.memberships().stream()
                .filter(user -> user.email().equals(email))
                .sorted(Comparator.comparing(user -> user.partnerId().value()))
                .toList());
    }

    public CompletionStage<Optional<SeatStatus>> seat(HubId hubId, Email email) {
        return seat(hubId, email, READ_AT).thenApply(seat -> seat.map(Seat::status));
    }

    public CompletionStage<List<HubId>> seatedHubs(Email email) {
        return load(ofEmail(email)).thenApply(snapshot -> snapshot.seats().stream()
                .filter(seat -> seat.email().equals(email)).map(Seat::hubId).sorted().toList());
    }

    public CompletionStage<Set<Email>> seatedUsers(PartnerId partnerId, HubId hubId) {
        return load(AccessScope.ofClient(partnerId, hubId, List.of(), READ_AT)).thenApply(snapshot -> {
            Set<Email> members = snapshot.memberships().stream().filter(user -> user.partnerId().equals(partnerId))
                    .map(PartnerUser::email).collect(Collectors.toSet());
            return snapshot.seats().stream()
                    .filter(seat -> seat.hubId().equals(hubId) && members.contains(seat.email()))
                    .map(Seat::email).collect(Collectors.toSet());
        });
    }

    public CompletionStage<Set<Email>> assignedUsers(PartnerId partnerId, HubId hubId) {
        return load(AccessScope.ofClient(partnerId, hubId, List.of(), READ_AT))
                .thenApply(snapshot -> snapshot.assignments().stream()
                        .filter(a -> a.partnerId().equals(partnerId) && a.hubId().equals(hubId))
                        .map(Assignment::email).collect(Collectors.toSet()));
    }

    public CompletionStage<List<HubId>> assignedHubs(PartnerId partnerId, Email email) {
        return load(AccessScope.ofPartnerUser(partnerId, email, READ_AT))
                .thenApply(snapshot -> snapshot.assignments().stream()
                        .filter(a -> a.partnerId().equals(partnerId) && a.email().equals(email))
                        .map(Assignment::hubId).sorted().toList());
    }

    public CompletionStage<List<String>> assetIds(HubId hubId, Email email) {
        return load(AccessScope.ofClient(null, hubId, email, READ_AT).withAssets())
                .thenApply(AccessSnapshot::assetIds);
    }

    public CompletionStage<List<RecordedActivity>> activitiesFrom(HubId hubId, Instant from) {
        return load(AccessScope.ofClient(null, hubId, List.of(), from)).thenApply(AccessSnapshot::pending);
    }

    public CompletionStage<List<RecordedActivity>> activitiesOfToolFrom(String tool, Instant from) {
        return load(AccessScope.ofTool(tool, from)).thenApply(AccessSnapshot::pending);
    }

    public CompletionStage<QualifyingCatalogue> qualifyingCatalogue() {
        return load(ofEmail(Email.of("nobody@nowhere.example"))).thenApply(AccessSnapshot::catalogue);
    }

    private CompletionStage<AccessSnapshot> load(AccessScope scope) {
        return store.load(scope);
    }

    private static AccessScope ofEmail(Email email) {
        return new AccessScope(Optional.empty(), Set.of(), Set.of(email), true, Optional.empty(), READ_AT, false);
    }

    private CompletionStage<Optional<Seat>> seat(HubId hubId, Email email, Instant at) {
        return store.load(AccessScope.ofClient(null, hubId, email, at))
                .thenApply(snapshot -> snapshot.seats().stream()
                        .filter(seat -> seat.hubId().equals(hubId) && seat.email().equals(email))
                        .findFirst());
    }
}
