package com.managedmrr.persistence;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.store.RecordedActivity;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads of client accounts and their activities, on the pool (outside any command). */
public final class ClientPersistenceAdapter implements ClientQueryPort {

    private final Templates templates;

    public ClientPersistenceAdapter(Pool pool) {
        this.templates = new Templates(pool);
    }

    @Override
    public CompletionStage<Optional<ClientAccount>> client(HubId hubId) {
        return Sql.stage(ClientRows.current(templates, hubId));
    }

    /** Newest first by instant, then by id (descending), straight off the (hub_id, occurred_at, activity_id) index. */
    @Override
    public CompletionStage<List<RecordedActivity>> recentActivities(HubId hubId, int limit) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(templates.query("""
                SELECT a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies,
                       a.attributed_to
                FROM activities a
                WHERE a.hub_id = #{hubId}
                ORDER BY a.occurred_at DESC, a.activity_id DESC
                LIMIT #{limit}""")
                .mapTo(ClientRows::recordedActivity)
                .execute(Map.of("hubId", hubId.value(), "limit", limit))
                .map(Sql::list));
    }

    /** The page after a given activity in the same order as {@link #recentActivities}, off the same index. */
    @Override
    public CompletionStage<List<RecordedActivity>> activitiesBefore(HubId hubId, Instant occurredAt,
                                                                    ActivityId activityId, int limit) {
        return Sql.stage(templates.query("""
                SELECT a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies,
                       a.attributed_to
                FROM activities a
                WHERE a.hub_id = #{hubId} AND (a.occurred_at, a.activity_id) < (#{occurredAt}, #{activityId})
                ORDER BY a.occurred_at DESC, a.activity_id DESC
                LIMIT #{limit}""")
                .mapTo(ClientRows::recordedActivity)
                .execute(Map.of("hubId", hubId.value(), "occurredAt", Sql.timestamp(occurredAt),
                        "activityId", activityId.value(), "limit", limit))
                .map(Sql::list));
    }

    /**
     * A page of client accounts by Hub ID ({@code after} is 0 for the first page), each with its latest MRR (the one in
     * effect now, as {@link ClientRows#current}); the search ('' for none) matches the name case-insensitively or the
     * Hub ID's digits.
     */
    @Override
    public CompletionStage<List<ClientAccount>> clients(Optional<String> search, int limit, Optional<HubId> after) {
        return Sql.stage(templates.query("""
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
                LIMIT #{limit}""")
                .mapTo(ClientRows::account)
                .execute(Map.of("search", search.orElse(""), "after", after.map(HubId::value).orElse(0L),
                        "limit", limit))
                .map(Sql::list));
    }

    /**
     * The client accounts in which the e-mail has an open seat: the open seats come off the partial index
     * seat_periods_open_by_email, each account and its latest MRR by primary key.
     */
    @Override
    public CompletionStage<List<ClientAccount>> seatedClients(Email email, int limit) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(templates.query("""
                SELECT c.hub_id, c.name, c.growth_market, coalesce(m.currency, c.currency) AS currency, m.mrr
                FROM seat_periods s
                JOIN client_accounts c ON c.hub_id = s.hub_id
                LEFT JOIN LATERAL (
                    SELECT cm.currency, cm.mrr FROM client_mrr cm
                    WHERE cm.hub_id = c.hub_id
                    ORDER BY cm.effective_from DESC LIMIT 1) m ON true
                WHERE s.email = #{email} AND s.valid_to IS NULL
                ORDER BY c.hub_id
                LIMIT #{limit}""")
                .mapTo(ClientRows::account)
                .execute(Map.of("email", email.value(), "limit", limit))
                .map(Sql::list));
    }
}
