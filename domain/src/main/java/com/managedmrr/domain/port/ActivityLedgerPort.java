package com.managedmrr.domain.port;

import com.managedmrr.domain.store.StandingKey;
import com.managedmrr.domain.store.Standing;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipSpans;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.HubId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The reads and the write of one ingestion batch ({@link ActivityIngestionPort}), each one round trip. */
public interface ActivityLedgerPort {

    /** Which of these client accounts exist. */
    CompletionStage<Set<HubId>> existingClients(Collection<HubId> hubIds);

    /** The standing for each key (a key with no seat and no partner answers {@link Standing#NONE}). */
    CompletionStage<Map<StandingKey, Standing>> standings(Collection<StandingKey> keys);

    /**
     * Stores the activities whose id is not yet known, with their attributions, and answers the ids it stored. An
     * id already stored (or stored by a concurrent batch) is left alone. Ids in the list are distinct.
     */
    CompletionStage<Set<ActivityId>> insertNew(List<RecordedActivity> activities);

    /** The stored activities among these ids, as first received; unknown ids are left out. */
    CompletionStage<Map<ActivityId, Activity>> stored(Collection<ActivityId> ids);

    /**
     * The stored servicing spans and the ends of these relationships (docs/rules.md §5.5), locked until the batch
     * ends: concurrent batches on the same client accounts take turns, so none adds to spans another is changing. A
     * relationship with no spans answers {@link RelationshipSpans#NONE}.
     */
    CompletionStage<Map<Relationship, RelationshipSpans>> lockSpans(Collection<Relationship> relationships);

    /** Replaces the stored servicing spans of these relationships. */
    CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans);
}
