package com.managedmrr.persistence;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.RecordedActivity;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads of client accounts and their activities, on the pool (outside any command). */
public final class ClientPersistenceAdapter implements ClientQueryPort {

    /** Newest first by instant, then by id (descending), straight off the (hub_id, occurred_at, activity_id) index. */
    private static final String RECENT_ACTIVITIES = """
            SELECT a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies,
                   a.attributed_to
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
                .map(rows -> Sql.map(rows, ClientPersistenceAdapter::recorded)));
    }

    private static RecordedActivity recorded(Row row) {
        Activity activity = new Activity(ActivityId.of(row.getString("activity_id")), HubId.of(row.getLong("hub_id")),
                Email.of(row.getString("user_email")), row.getString("tool"), row.getString("action"),
                Sql.instant(row, "occurred_at"), row.getString("asset_id"));
        List<PartnerId> attributedTo = Arrays.stream(row.getArrayOfStrings("attributed_to")).map(PartnerId::of).toList();
        return new RecordedActivity(activity, row.getBoolean("qualifies"), attributedTo);
    }
}
