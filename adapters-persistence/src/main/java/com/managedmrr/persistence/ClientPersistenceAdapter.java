package com.managedmrr.persistence;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.RecordedActivity;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads of client accounts and their activities, on the pool (outside any command). */
public final class ClientPersistenceAdapter implements ClientQueryPort {

    /** Newest first by instant, then by id (descending), straight off the (hub_id, occurred_at, activity_id) index. */
    private static final String RECENT_ACTIVITIES = "SELECT " + ClientRows.ACTIVITY_COLUMNS + "\n" + """
            FROM activities a
            WHERE a.hub_id = $1
            ORDER BY a.occurred_at DESC, a.activity_id DESC
            LIMIT $2""";

    private final Pool pool;

    public ClientPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<Optional<ClientAccount>> client(HubId hubId) {
        return Sql.stage(ClientRows.current(pool, hubId));
    }

    @Override
    public CompletionStage<List<RecordedActivity>> recentActivities(HubId hubId, int limit) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(pool.preparedQuery(RECENT_ACTIVITIES).execute(Tuple.of(hubId.value(), (long) limit))
                .map(rows -> Sql.map(rows, ClientRows::recordedActivity)));
    }
}
