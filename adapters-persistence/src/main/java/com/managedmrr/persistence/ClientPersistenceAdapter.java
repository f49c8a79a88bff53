package com.managedmrr.persistence;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.RecordedActivity;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.templates.SqlTemplate;
import com.managedmrr.domain.model.ActivityId;
import java.time.Instant;
import java.util.Map;
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

    /** The page after a given activity in the same order, off the same index. */
    private static final String ACTIVITIES_BEFORE = "SELECT " + ClientRows.ACTIVITY_COLUMNS + "\n" + """
            FROM activities a
            WHERE a.hub_id = #{hubId} AND (a.occurred_at, a.activity_id) < (#{occurredAt}, #{activityId})
            ORDER BY a.occurred_at DESC, a.activity_id DESC
            LIMIT #{limit}""";

    /**
     * A page of client accounts by Hub ID ({@code after} is 0 for the first page), each with its latest MRR (the one in
     * effect now, as {@link ClientRows#CURRENT}); the search ('' for none) matches the name case-insensitively or the
     * Hub ID's digits.
     */
    private static final String CLIENTS = """
            WITH q AS (SELECT lower(#{search}::text) AS needle)
            SELECT c.hub_id, c.name, c.growth_market, coalesce(m.currency, c.currency) AS currency, m.mrr
            FROM q, client_accounts c
            LEFT JOIN LATERAL (
                SELECT cm.currency, cm.mrr FROM client_mrr cm
                WHERE cm.hub_id = c.hub_id
                ORDER BY cm.effective_from DESC LIMIT 1) m ON true
            WHERE c.hub_id > #{after}
              AND (q.needle = '' OR strpos(lower(c.name), q.needle) > 0 OR strpos(c.hub_id::text, q.needle) > 0)
            ORDER BY c.hub_id
            LIMIT #{limit}""";

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

    @Override
    public CompletionStage<List<RecordedActivity>> activitiesBefore(HubId hubId, Instant occurredAt,
                                                                    ActivityId activityId, int limit) {
        Map<String, Object> parameters = Map.of("hubId", hubId.value(), "occurredAt", Sql.timestamp(occurredAt),
                "activityId", activityId.value(), "limit", limit);
        return Sql.stage(SqlTemplate.forQuery(pool, ACTIVITIES_BEFORE)
                .mapTo(ClientRows::recordedActivity)
                .execute(parameters)
                .map(ClientPersistenceAdapter::list));
    }

    @Override
    public CompletionStage<List<ClientAccount>> clients(Optional<String> search, int limit, Optional<HubId> after) {
        Map<String, Object> parameters = Map.of("search", search.orElse(""),
                "after", after.map(HubId::value).orElse(0L), "limit", limit);
        return Sql.stage(SqlTemplate.forQuery(pool, CLIENTS)
                .mapTo(ClientRows::account)
                .execute(parameters)
                .map(ClientPersistenceAdapter::list));
    }

    private static <T> List<T> list(io.vertx.sqlclient.RowSet<T> rows) {
        List<T> list = new java.util.ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }
}
