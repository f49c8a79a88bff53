package com.managedmrr.application.activity;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.AheadOfClockPolicy;
import com.managedmrr.domain.credit.AttributionPolicy;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.ServicingSpans;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.ActivityLedgerPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.store.Standing;
import com.managedmrr.domain.store.StandingKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Judges each item of a batch on its own, in one ingestion transaction: an item whose instant is more than 5 minutes
 * ahead of the server clock, or whose client account is unknown, is rejected; of the rest, an activity id repeated in
 * the batch is a duplicate after its first occurrence, and so is one already stored. Each stored activity carries
 * whether it qualified by the catalogue as it stood at its instant and the partners it is attributed to by the
 * standings of its e-mail at that instant (docs/rules.md §4): read with one question for the whole batch, stored with one
 * write. A known id re-sent with other content is a conflict, reported with the fields that differ; the stored activity
 * stays as first received.
 */
public final class RecordActivitiesService implements RecordActivitiesUseCase {

    private final ActivityIngestionPort ingestion;
    private final CataloguePort catalogue;
    private final ClockPort clock;

    public RecordActivitiesService(ActivityIngestionPort ingestion, CataloguePort catalogue, ClockPort clock) {
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<RecordActivitiesResult> recordActivities(RecordActivitiesCommand command) {
        if (command.items().isEmpty()) {
            return CompletableFuture.completedFuture(new RecordActivitiesResult(0, 0, List.of()));
        }
        return Stages.attempt(() -> ingestion.inTransaction(ledger -> {
            Instant now = clock.now();
            Set<HubId> hubIds = new LinkedHashSet<>();
            command.items().forEach(item -> hubIds.add(item.activity().hubId()));
            return ledger.existingClients(hubIds).thenCompose(existing -> {
                List<RecordActivitiesResult.Rejection> rejected = new ArrayList<>();
                List<RecordActivitiesCommand.Item> valid = new ArrayList<>();
                for (RecordActivitiesCommand.Item item : command.items()) {
                    List<FieldError> errors = errors(item.activity(), existing, now);
                    if (errors.isEmpty()) {
                        valid.add(item);
                    } else {
                        rejected.add(new RecordActivitiesResult.Rejection(item.index(),
                                item.activity().id().value(), errors));
                    }
                }
                Map<ActivityId, Activity> firstOccurrences = new LinkedHashMap<>();
                valid.forEach(item -> firstOccurrences.putIfAbsent(item.activity().id(), item.activity()));
                return catalogue.catalogue()
                        .thenCompose(qualifying -> store(ledger, qualifying, List.copyOf(firstOccurrences.values())))
                        .thenCompose(inserted -> repeats(ledger, valid, firstOccurrences, inserted)
                                .thenApply(repeats -> new RecordActivitiesResult(inserted.size(),
                                        valid.size() - inserted.size() - repeats.size(), rejected, repeats)));
            });
        }));
    }

    /**
     * The conflicts among the items that were not stored (docs/rules.md §4.4): each is compared with the activity its id names
     * (the stored one, or the first occurrence in this batch when that one was stored now); an identical one is a
     * duplicate, one that differs is a conflict naming the fields. The stored ones are read only when some id was known.
     */
    private static CompletionStage<List<RecordActivitiesResult.Conflict>> repeats(
            ActivityLedgerPort ledger, List<RecordActivitiesCommand.Item> valid, Map<ActivityId, Activity> firstOccurrences,
            Set<ActivityId> inserted) {
        if (valid.size() == inserted.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Set<ActivityId> known = new LinkedHashSet<>(firstOccurrences.keySet());
        known.removeAll(inserted);
        CompletionStage<Map<ActivityId, Activity>> stored = known.isEmpty()
                ? CompletableFuture.completedFuture(Map.of())
                : ledger.stored(known);
        return stored.thenApply(found -> {
            List<RecordActivitiesResult.Conflict> conflicts = new ArrayList<>();
            Set<ActivityId> seen = new HashSet<>();
            for (RecordActivitiesCommand.Item item : valid) {
                ActivityId id = item.activity().id();
                boolean storedNow = inserted.contains(id);
                if (storedNow && seen.add(id)) {
                    continue; // the first occurrence, stored by this batch
                }
                seen.add(id);
                Activity original = storedNow ? firstOccurrences.get(id) : found.get(id);
                if (original == null) {
                    continue; // not stored by this batch, and gone since: nothing to compare with
                }
                List<String> fields = original.differingFields(item.activity());
                if (!fields.isEmpty()) {
                    conflicts.add(new RecordActivitiesResult.Conflict(item.index(), id.value(), fields));
                }
            }
            return conflicts;
        });
    }

    private static List<FieldError> errors(Activity activity, Set<HubId> existingClients, Instant now) {
        List<FieldError> errors = new ArrayList<>(2);
        if (AheadOfClockPolicy.tooFarAhead(activity.occurredAt(), now)) {
            errors.add(new FieldError("occurredAt", "is more than 5 minutes ahead of the server clock"));
        }
        if (!existingClients.contains(activity.hubId())) {
            errors.add(new FieldError("hubId", "there is no client account with Hub ID " + activity.hubId()));
        }
        return errors;
    }

    /** Stores the activities (ids distinct) with their attributions; answers the ids that were new. */
    private static CompletionStage<Set<ActivityId>> store(ActivityLedgerPort ledger, QualifyingCatalogue qualifying,
                                                  List<Activity> activities) {
        if (activities.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        Map<ActivityId, Boolean> qualifies = new LinkedHashMap<>();
        Set<StandingKey> keys = new LinkedHashSet<>();
        for (Activity activity : activities) {
            boolean q = qualifying.qualifies(activity.tool(), activity.action(), activity.occurredAt());
            qualifies.put(activity.id(), q);
            if (q) {
                keys.add(key(activity));
            }
        }
        CompletionStage<Map<StandingKey, Standing>> standings = keys.isEmpty()
                ? CompletableFuture.completedFuture(Map.of())
                : ledger.standings(keys);
        return standings.thenCompose(found -> {
            List<RecordedActivity> recorded = new ArrayList<>(activities.size());
            for (Activity activity : activities) {
                boolean q = qualifies.get(activity.id());
                Standing standing = q ? found.getOrDefault(key(activity), Standing.NONE) : Standing.NONE;
                recorded.add(new RecordedActivity(activity, q,
                        AttributionPolicy.attributedPartners(q, standing.seat(), standing.assignedMembers())));
            }
            return insertAndSpan(ledger, recorded);
        });
    }

    /**
     * Stores the activities, then adds the ones stored to their relationships' servicing spans (docs/rules.md §5.5),
     * grouped by relationship so one write serves the batch. The spans are locked only after the insert, so a batch
     * waits for another on the same clients just for that one's span write and commit.
     */
    private static CompletionStage<Set<ActivityId>> insertAndSpan(ActivityLedgerPort ledger, List<RecordedActivity> recorded) {
        return ledger.insertNew(recorded).thenCompose(inserted -> {
            List<RecordedActivity> stored = recorded.stream().filter(r -> inserted.contains(r.activity().id())).toList();
            Set<Relationship> relationships = ServicingSpans.relationshipsOf(stored);
            if (relationships.isEmpty()) {
                return CompletableFuture.completedFuture(inserted);
            }
            return ledger.lockSpans(relationships)
                    .thenCompose(spans -> ledger.saveSpans(ServicingSpans.afterBatch(spans, stored, inserted)))
                    .thenApply(saved -> inserted);
        });
    }

    private static StandingKey key(Activity activity) {
        return new StandingKey(activity.hubId(), activity.userEmail(), activity.occurredAt());
    }
}
