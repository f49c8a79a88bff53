package com.managedmrr.persistence;

import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipSpans;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.ActivityLedgerPort;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.store.Standing;
import com.managedmrr.domain.store.StandingKey;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The reads and the write of one ingestion batch, on the batch's transaction. Each method is one statement over
 * arrays ({@code unnest}), whatever the batch's size: no per-row round trips.
 */
final class ActivityLedgerPersistenceAdapter implements ActivityLedgerPort {

    private static final String EXISTING_CLIENTS = "SELECT hub_id FROM client_accounts WHERE hub_id = ANY($1::bigint[])";

    /**
     * For each key (by ordinality): the seat at the key's instant, and the partners whose user the e-mail was and
     * who had it assigned to the client at that instant.
     */
    private static final String STANDINGS = """
            SELECT k.ord, s.status, m.partners
            FROM unnest($1::bigint[], $2::text[], $3::timestamptz[]) WITH ORDINALITY AS k(hub_id, email, at, ord)
            LEFT JOIN LATERAL (
                SELECT sp.status FROM seat_periods sp
                WHERE sp.hub_id = k.hub_id AND sp.email = k.email
                  AND sp.valid_from <= k.at AND (sp.valid_to IS NULL OR sp.valid_to > k.at)
                ORDER BY sp.valid_from DESC LIMIT 1) s ON true
            LEFT JOIN LATERAL (
                SELECT array_agg(DISTINCT ap.partner_id) AS partners
                FROM assignment_periods ap
                WHERE ap.hub_id = k.hub_id AND ap.email = k.email
                  AND ap.valid_from <= k.at AND (ap.valid_to IS NULL OR ap.valid_to > k.at)
                  AND EXISTS (SELECT 1 FROM partner_memberships pm
                              WHERE pm.partner_id = ap.partner_id AND pm.email = ap.email
                                AND pm.valid_from <= k.at AND (pm.valid_to IS NULL OR pm.valid_to > k.at))) m ON true""";

    /**
     * Inserts the activities whose id is new, in id order (so concurrent batches with overlapping ids wait on each
     * other in the same order and never deadlock), then one attribution row per partner of exactly the rows
     * inserted; answers the ids inserted. An id stored by a concurrent batch makes this one wait for that batch's
     * outcome, then skip it. The partners come as one comma-joined text per activity (partner ids have no commas).
     */
    private static final String INSERT_NEW = """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],
                                     $7::text[], $8::boolean[], $9::text[])
                    AS i(activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, partners)),
            inserted AS (
                INSERT INTO activities (activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies,
                                        attributed_to)
                SELECT activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies,
                       string_to_array(partners, ',')
                FROM input ORDER BY activity_id COLLATE "C"
                ON CONFLICT (activity_id) DO NOTHING
                RETURNING activity_id, hub_id, user_email, occurred_at, attributed_to),
            attributed AS (
                INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at)
                SELECT i.activity_id, p.partner_id, i.hub_id, i.user_email, i.occurred_at
                FROM inserted i CROSS JOIN LATERAL unnest(i.attributed_to) AS p(partner_id))
            SELECT activity_id FROM inserted""";

    /** The stored versions of known ids (a re-sent id is compared with the activity as first received). */
    private static final String STORED = "SELECT " + ClientRows.ACTIVITY_COLUMNS + "\n" + """
            FROM activities a
            WHERE a.activity_id = ANY(#{ids}::text[])""";

    private final SqlConnection connection;
    /** The clients locked by this batch that have more than one partner. */
    private final Set<Long> shared = new HashSet<>();

    ActivityLedgerPersistenceAdapter(SqlConnection connection) {
        this.connection = connection;
    }

    @Override
    public CompletionStage<Set<HubId>> existingClients(Collection<HubId> hubIds) {
        Long[] ids = hubIds.stream().map(HubId::value).distinct().toArray(Long[]::new);
        return Sql.stage(connection.preparedQuery(EXISTING_CLIENTS).execute(Tuple.tuple().addArrayOfLong(ids))
                .map(rows -> {
                    Set<HubId> existing = new HashSet<>();
                    rows.forEach(row -> existing.add(HubId.of(row.getLong("hub_id"))));
                    return existing;
                }));
    }

    @Override
    public CompletionStage<Map<StandingKey, Standing>> standings(Collection<StandingKey> keys) {
        List<StandingKey> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        int size = distinct.size();
        Long[] hubs = new Long[size];
        String[] emails = new String[size];
        OffsetDateTime[] instants = new OffsetDateTime[size];
        for (int i = 0; i < size; i++) {
            StandingKey key = distinct.get(i);
            hubs[i] = key.hubId().value();
            emails[i] = key.email().value();
            instants[i] = Sql.timestamp(key.at());
        }
        return Sql.stage(connection.preparedQuery(STANDINGS)
                .execute(Tuple.tuple().addArrayOfLong(hubs).addArrayOfString(emails).addArrayOfOffsetDateTime(instants))
                .map(rows -> {
                    Map<StandingKey, Standing> standings = new HashMap<>(size * 2);
                    for (Row row : rows) {
                        StandingKey key = distinct.get(row.getLong("ord").intValue() - 1);
                        standings.put(key, standing(row));
                    }
                    return standings;
                }));
    }

    private static Standing standing(Row row) {
        String status = row.getString("status");
        String[] partners = row.getArrayOfStrings("partners");
        Optional<SeatStatus> seat = Optional.ofNullable(status).map(SeatStatus::valueOf);
        List<PartnerId> members = partners == null
                ? List.of()
                : Arrays.stream(partners).sorted().map(PartnerId::of).toList();
        return seat.isEmpty() && members.isEmpty() ? Standing.NONE : new Standing(seat, members);
    }

    @Override
    public CompletionStage<Set<ActivityId>> insertNew(List<RecordedActivity> activities) {
        if (activities.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        int size = activities.size();
        String[] ids = new String[size];
        Long[] hubs = new Long[size];
        String[] emails = new String[size];
        String[] tools = new String[size];
        String[] actions = new String[size];
        OffsetDateTime[] instants = new OffsetDateTime[size];
        String[] assets = new String[size];
        Boolean[] qualifies = new Boolean[size];
        String[] partners = new String[size];
        for (int i = 0; i < size; i++) {
            RecordedActivity recorded = activities.get(i);
            Activity activity = recorded.activity();
            ids[i] = activity.id().value();
            hubs[i] = activity.hubId().value();
            emails[i] = activity.userEmail().value();
            tools[i] = activity.tool();
            actions[i] = activity.action();
            instants[i] = Sql.timestamp(activity.occurredAt());
            assets[i] = activity.assetId();
            qualifies[i] = recorded.qualifies();
            partners[i] = recorded.attributedTo().stream().map(PartnerId::value).distinct().sorted()
                    .collect(Collectors.joining(","));
        }
        Tuple values = Tuple.tuple()
                .addArrayOfString(ids).addArrayOfLong(hubs).addArrayOfString(emails).addArrayOfString(tools)
                .addArrayOfString(actions).addArrayOfOffsetDateTime(instants).addArrayOfString(assets)
                .addArrayOfBoolean(qualifies).addArrayOfString(partners);
        return Sql.stage(connection.preparedQuery(INSERT_NEW).execute(values)
                .map(rows -> {
                    Set<ActivityId> inserted = new HashSet<>(rows.size() * 2);
                    rows.forEach(row -> inserted.add(ActivityId.of(row.getString("activity_id"))));
                    return inserted;
                }));
    }

    /**
     * Locks every partner_clients row of the relationships' clients; notes which of those clients have other partners,
     * whose rows get a copy of the spans saved.
     */
    @Override
    public CompletionStage<Map<Relationship, RelationshipSpans>> lockSpans(Collection<Relationship> relationships) {
        return Sql.stage(SpanRows.lock(connection, relationships).map(locked -> {
            Map<HubId, Integer> partners = new HashMap<>();
            locked.keySet().forEach(relationship -> partners.merge(relationship.hubId(), 1, Integer::sum));
            partners.forEach((hub, count) -> {
                if (count > 1) {
                    shared.add(hub.value());
                }
            });
            return locked;
        }));
    }

    /** Saves the spans; only the clients with other partners (seen by {@link #lockSpans}) get their copies. */
    @Override
    public CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans) {
        List<Long> copied = spans.keySet().stream().map(r -> r.hubId().value()).filter(shared::contains).toList();
        return Sql.stage(SpanRows.save(connection, spans, copied));
    }

    @Override
    public CompletionStage<Map<ActivityId, Activity>> stored(Collection<ActivityId> ids) {
        if (ids.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        String[] values = ids.stream().map(ActivityId::value).distinct().toArray(String[]::new);
        return Sql.stage(SqlTemplate.forQuery(connection, STORED)
                .mapTo(ClientRows::recordedActivity)
                .execute(Map.of("ids", values))
                .map(rows -> {
                    Map<ActivityId, Activity> found = new HashMap<>();
                    rows.forEach(recorded -> found.put(recorded.activity().id(), recorded.activity()));
                    return found;
                }));
    }
}
