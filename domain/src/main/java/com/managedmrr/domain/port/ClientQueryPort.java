package com.managedmrr.domain.port;

import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads of client accounts and their activities, outside any command. */
public interface ClientQueryPort {

    /** The client account with the MRR in effect now. */
    CompletionStage<Optional<ClientAccount>> client(HubId hubId);

    /** The client's activities, newest first (by instant, then id), at most {@code limit}. */
    CompletionStage<List<RecordedActivity>> recentActivities(HubId hubId, int limit);

    /** The client's activities older than the given one in that order (instant, then id), at most {@code limit}. */
    CompletionStage<List<RecordedActivity>> activitiesBefore(HubId hubId, Instant occurredAt, ActivityId activityId,
                                                             int limit);

    /**
     * At most {@code limit} client accounts (with the MRR in effect now) by Hub ID, those after {@code after} when
     * given, and only those whose name (case-insensitively) or Hub ID contains the search text when one is given.
     */
    CompletionStage<List<ClientAccount>> clients(Optional<String> search, int limit, Optional<HubId> after);

    /**
     * At most {@code limit} client accounts (with the MRR in effect now), by Hub ID, in which the e-mail has a seat now,
     * active or deactivated.
     */
    CompletionStage<List<ClientAccount>> seatedClients(Email email, int limit);
}
