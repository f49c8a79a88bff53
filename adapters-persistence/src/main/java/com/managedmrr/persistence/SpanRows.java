package com.managedmrr.persistence;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipLedger;
import com.managedmrr.domain.credit.RelationshipSpans;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The servicing spans in partner_clients (migration V60, docs/rules.md §5.5), read and written on a command's or an
 * ingestion batch's connection. Each method is one statement over arrays, whatever the number of relationships.
 */
final class SpanRows {

    /**
     * Locks every partner_clients row of the clients (in client, partner order, as every writer does), so batches on
     * the same clients take turns; answers each row's spans and the relationship's ends.
     */
    private static final String LOCK = """
            SELECT pc.partner_id, pc.hub_id, pc.span_from, pc.span_to, pc.span_last_at, pc.span_last_id, pc.span_last_email,
                   e.ended_at, e.reason
            FROM partner_clients pc
            LEFT JOIN LATERAL (
                SELECT array_agg(re.ended_at ORDER BY re.ended_at, re.relationship_end_id) AS ended_at,
                       array_agg(re.reason ORDER BY re.ended_at, re.relationship_end_id) AS reason
                FROM relationship_ends re WHERE re.partner_id = pc.partner_id AND re.hub_id = pc.hub_id) e ON true
            WHERE pc.hub_id = ANY($1::bigint[])
            ORDER BY pc.hub_id, pc.partner_id
            FOR NO KEY UPDATE OF pc""";

    /** Replaces the relationships' spans: $1/$2 the relationships, $3 each span's relationship (by ordinality). */
    private static final String SAVE = """
            UPDATE partner_clients pc
            SET span_from = s.froms, span_to = s.tos, span_last_at = s.last_ats, span_last_id = s.last_ids,
                span_last_email = s.last_emails
            FROM (
                SELECT k.partner_id, k.hub_id,
                       array_agg(x.span_from ORDER BY x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS froms,
                       array_agg(x.span_to ORDER BY x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS tos,
                       array_agg(x.last_at ORDER BY x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS last_ats,
                       array_agg(x.last_id ORDER BY x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS last_ids,
                       array_agg(x.last_email ORDER BY x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS last_emails
                FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS k(partner_id, hub_id, relationship)
                LEFT JOIN unnest($3::bigint[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[])
                    AS x(relationship, span_from, span_to, last_at, last_id, last_email) ON x.relationship = k.relationship
                GROUP BY k.partner_id, k.hub_id) s
            WHERE pc.partner_id = s.partner_id AND pc.hub_id = s.hub_id""";

    private static final String COPY_TO_SIBLINGS = "SELECT copy_spans_to_siblings($1::bigint[])";

    private static final String COPY_CLIENT = "SELECT copy_client_into_partner_clients($1::bigint[])";

    /** The relationships' attributed activities (their key's range scan) and ends. */
    private static final String LEDGERS = """
            SELECT k.ord, a.activity_id, a.user_email, a.occurred_at, NULL::timestamptz AS ended_at, NULL AS reason
            FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS k(partner_id, hub_id, ord)
            JOIN attributions a ON a.partner_id = k.partner_id AND a.hub_id = k.hub_id
            UNION ALL
            SELECT k.ord, NULL, NULL, NULL, re.ended_at, re.reason
            FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS k(partner_id, hub_id, ord)
            JOIN relationship_ends re ON re.partner_id = k.partner_id AND re.hub_id = k.hub_id""";

    private SpanRows() {
    }

    static Future<Map<Relationship, RelationshipSpans>> lock(SqlConnection connection, Collection<Relationship> relationships) {
        Long[] hubs = relationships.stream().map(r -> r.hubId().value()).distinct().toArray(Long[]::new);
        return connection.preparedQuery(LOCK).execute(Tuple.tuple().addArrayOfLong(hubs)).map(rows -> {
            Map<Relationship, RelationshipSpans> found = new HashMap<>(rows.size() * 2);
            for (Row row : rows) {
                PartnerId partner = PartnerId.of(row.getString("partner_id"));
                HubId hub = HubId.of(row.getLong("hub_id"));
                found.put(new Relationship(partner, hub), new RelationshipSpans(spans(row), ends(row, partner, hub)));
            }
            return found;
        });
    }

    static Future<Map<Relationship, RelationshipLedger>> ledgers(SqlConnection connection,
                                                                 Collection<Relationship> relationships) {
        List<Relationship> ordered = List.copyOf(relationships);
        Tuple keys = Tuple.tuple()
                .addArrayOfString(ordered.stream().map(r -> r.partnerId().value()).toArray(String[]::new))
                .addArrayOfLong(ordered.stream().map(r -> r.hubId().value()).toArray(Long[]::new));
        return connection.preparedQuery(LEDGERS).execute(keys).map(rows -> {
            List<List<AttributedActivity>> activities = new ArrayList<>();
            List<List<RelationshipEnd>> ends = new ArrayList<>();
            ordered.forEach(r -> {
                activities.add(new ArrayList<>());
                ends.add(new ArrayList<>());
            });
            for (Row row : rows) {
                int index = row.getLong("ord").intValue() - 1;
                Relationship relationship = ordered.get(index);
                if (row.getString("activity_id") != null) {
                    activities.get(index).add(new AttributedActivity(ActivityId.of(row.getString("activity_id")),
                            Email.of(row.getString("user_email")), Sql.instant(row, "occurred_at")));
                } else {
                    ends.get(index).add(new RelationshipEnd(relationship.partnerId(), relationship.hubId(),
                            Sql.instant(row, "ended_at"), EndReason.valueOf(row.getString("reason"))));
                }
            }
            Map<Relationship, RelationshipLedger> ledgers = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                ledgers.put(ordered.get(i), new RelationshipLedger(activities.get(i), ends.get(i)));
            }
            return ledgers;
        });
    }

    /**
     * Replaces the relationships' spans, then copies them to the rows of the other partners on the same clients: two
     * statements sent together, the second seeing the first's rows.
     */
    static Future<Void> save(SqlConnection connection, Map<Relationship, List<ServicingSpan>> spans) {
        return save(connection, spans, spans.keySet().stream().map(r -> r.hubId().value()).toList());
    }

    /** As {@link #save(SqlConnection, Map)}, copying to the other partners' rows of these clients only. */
    static Future<Void> save(SqlConnection connection, Map<Relationship, List<ServicingSpan>> spans, List<Long> copied) {
        if (spans.isEmpty()) {
            return Future.succeededFuture();
        }
        int relationships = spans.size();
        String[] partners = new String[relationships];
        Long[] hubs = new Long[relationships];
        List<Long> owners = new ArrayList<>();
        List<OffsetDateTime> froms = new ArrayList<>();
        List<OffsetDateTime> tos = new ArrayList<>();
        List<OffsetDateTime> lastAts = new ArrayList<>();
        List<String> lastIds = new ArrayList<>();
        List<String> lastEmails = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Relationship, List<ServicingSpan>> entry : spans.entrySet()) {
            partners[i] = entry.getKey().partnerId().value();
            hubs[i] = entry.getKey().hubId().value();
            i++;
            for (ServicingSpan span : entry.getValue()) {
                owners.add((long) i);
                froms.add(Sql.timestamp(span.from()));
                tos.add(Sql.timestamp(span.to()));
                lastAts.add(Sql.timestamp(span.last().occurredAt()));
                lastIds.add(span.last().activityId().value());
                lastEmails.add(span.last().userEmail().value());
            }
        }
        Tuple values = Tuple.tuple().addArrayOfString(partners).addArrayOfLong(hubs)
                .addArrayOfLong(owners.toArray(Long[]::new))
                .addArrayOfOffsetDateTime(froms.toArray(OffsetDateTime[]::new))
                .addArrayOfOffsetDateTime(tos.toArray(OffsetDateTime[]::new))
                .addArrayOfOffsetDateTime(lastAts.toArray(OffsetDateTime[]::new))
                .addArrayOfString(lastIds.toArray(String[]::new))
                .addArrayOfString(lastEmails.toArray(String[]::new));
        Future<?> saved = connection.preparedQuery(SAVE).execute(values);
        if (copied.isEmpty()) {
            return saved.mapEmpty();
        }
        return Future.all(saved, copyToSiblings(connection, copied)).mapEmpty();
    }

    /** Copies every row's spans into the other rows of its client, for these clients. */
    static Future<Void> copyToSiblings(SqlConnection connection, Collection<Long> hubs) {
        Long[] distinct = new TreeSet<>(hubs).toArray(Long[]::new);
        return connection.preparedQuery(COPY_TO_SIBLINGS).execute(Tuple.tuple().addArrayOfLong(distinct)).mapEmpty();
    }

    /** Copies the clients' data (name, currency, MRR and growth-market history) into their partner_clients rows. */
    static Future<Void> copyClients(SqlConnection connection, Collection<Long> hubs) {
        Long[] distinct = new TreeSet<>(hubs).toArray(Long[]::new);
        return connection.preparedQuery(COPY_CLIENT).execute(Tuple.tuple().addArrayOfLong(distinct)).mapEmpty();
    }

    private static List<ServicingSpan> spans(Row row) {
        OffsetDateTime[] froms = row.getArrayOfOffsetDateTimes("span_from");
        if (froms == null) {
            return List.of();
        }
        OffsetDateTime[] tos = row.getArrayOfOffsetDateTimes("span_to");
        OffsetDateTime[] lastAts = row.getArrayOfOffsetDateTimes("span_last_at");
        String[] lastIds = row.getArrayOfStrings("span_last_id");
        String[] lastEmails = row.getArrayOfStrings("span_last_email");
        List<ServicingSpan> spans = new ArrayList<>(froms.length);
        for (int i = 0; i < froms.length; i++) {
            spans.add(new ServicingSpan(froms[i].toInstant(), tos[i].toInstant(), new AttributedActivity(
                    ActivityId.of(lastIds[i]), Email.of(lastEmails[i]), lastAts[i].toInstant())));
        }
        return spans;
    }

    private static List<RelationshipEnd> ends(Row row, PartnerId partner, HubId hub) {
        OffsetDateTime[] endedAt = row.getArrayOfOffsetDateTimes("ended_at");
        if (endedAt == null) {
            return List.of();
        }
        String[] reasons = row.getArrayOfStrings("reason");
        List<RelationshipEnd> ends = new ArrayList<>(endedAt.length);
        for (int i = 0; i < endedAt.length; i++) {
            ends.add(new RelationshipEnd(partner, hub, endedAt[i].toInstant(), EndReason.valueOf(reasons[i])));
        }
        return ends;
    }
}
