package com.managedmrr.domain.port;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads of client accounts and their activities, outside any command. */
public interface ClientQueryPort {

    /** The client account with the MRR in effect now. */
    CompletionStage<Optional<ClientAccount>> client(HubId hubId);

    /** The client's activities, newest first (by instant, then id), at most {@code limit}. */
    CompletionStage<List<RecordedActivity>> recentActivities(HubId hubId, int limit);
}
