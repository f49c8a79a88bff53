package com.managedmrr.persistence;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.credit.ServicingSpans;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the breakdown's read model (migration V60) again from the ledger: every relationship's servicing spans from
 * its attributed activities and immediate ends (docs/rules.md §5.5, {@link ServicingSpans#of}), then the copies of
 * the client data and of the other partners' spans. Stored values that differ are reported and replaced. Used by
 * the migration that introduced the model (on the data already there) and by {@code java -jar … --rebuild-spans}.
 *
 * <p>Runs on the caller's transaction (JDBC, auto-commit off): the attributions are read in the order of their key
 * with a cursor, one relationship at a time, so memory holds one relationship's activities and the spans.
 */
public final class ReadModelRebuild {

    /** How many relationships a difference report names at most. */
    static final int EXAMPLES = 10;

    /**
     * @param relationships the (partner, client) pairs in partner_clients
     * @param activities    the attributed activities read
     * @param spans         the spans computed
     * @param differing     the relationships whose stored spans differed from the computed ones (now replaced)
     * @param examples      up to ten of them, "partner/hub"
     * @param clientCopies  rows whose copy of the client's data differed (now replaced)
     * @param siblingCopies rows whose copy of the other partners' spans differed (now replaced)
     */
    public record Report(long relationships, long activities, long spans, long differing, List<String> examples,
                         long clientCopies, long siblingCopies) {

        public boolean consistent() {
            return differing == 0 && clientCopies == 0 && siblingCopies == 0;
        }
    }

    private ReadModelRebuild() {
    }

    /**
     * Rebuilds while every write waits: the command lock is taken exclusively for the transaction, so no batch or
     * command changes the ledger between the read and the comparison (an operator's {@code --rebuild-spans}).
     */
    public static Report rebuildExclusively(Connection db) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, AdvisoryLock.KEY);
            lock.execute();
        }
        return rebuild(db);
    }

    /** Rebuilds on the caller's transaction (the migration that introduced the model, before the server starts). */
    public static Report rebuild(Connection db) throws SQLException {
        Map<String, List<RelationshipEnd>> ends = ends(db);
        try (Statement statement = db.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE rebuilt_spans (
                        partner_id text COLLATE "C", hub_id bigint, span_from timestamptz, span_to timestamptz,
                        last_at timestamptz, last_id text COLLATE "C", last_email text COLLATE "C") ON COMMIT DROP""");
        }
        long[] counts = computeSpans(db, ends);
        List<String> differing = replaceDiffering(db);
        long clientCopies = single(db, "SELECT copy_client_into_partner_clients(array(SELECT hub_id FROM client_accounts))");
        long siblingCopies = single(db, "SELECT copy_spans_to_siblings(array(SELECT DISTINCT hub_id FROM partner_clients))");
        long relationships = single(db, "SELECT count(*) FROM partner_clients");
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE rebuilt_spans");
        }
        return new Report(relationships, counts[0], counts[1], differing.size(),
                differing.stream().limit(EXAMPLES).toList(), clientCopies, siblingCopies);
    }

    private static Map<String, List<RelationshipEnd>> ends(Connection db) throws SQLException {
        Map<String, List<RelationshipEnd>> ends = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT partner_id, hub_id, ended_at, reason FROM relationship_ends
                     ORDER BY ended_at, relationship_end_id""")) {
            while (rows.next()) {
                RelationshipEnd end = new RelationshipEnd(PartnerId.of(rows.getString(1)), HubId.of(rows.getLong(2)),
                        instant(rows, 3), EndReason.valueOf(rows.getString(4)));
                ends.computeIfAbsent(key(rows.getString(1), rows.getLong(2)), k -> new ArrayList<>()).add(end);
            }
        }
        return ends;
    }

    /** Streams the attributions relationship by relationship into rebuilt_spans; answers {activities, spans}. */
    private static long[] computeSpans(Connection db, Map<String, List<RelationshipEnd>> ends) throws SQLException {
        long activities = 0;
        long spans = 0;
        try (Statement statement = db.createStatement();
             PreparedStatement insert = db.prepareStatement("INSERT INTO rebuilt_spans VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery("""
                    SELECT partner_id, hub_id, activity_id, user_email, occurred_at FROM attributions
                    ORDER BY partner_id, hub_id, occurred_at, activity_id""")) {
                String partner = null;
                long hub = 0;
                List<AttributedActivity> relationship = new ArrayList<>();
                int pending = 0;
                while (rows.next()) {
                    String rowPartner = rows.getString(1);
                    long rowHub = rows.getLong(2);
                    if (partner != null && (!partner.equals(rowPartner) || hub != rowHub)) {
                        spans += add(insert, partner, hub, relationship, ends);
                        pending = flushEvery(insert, ++pending);
                        relationship.clear();
                    }
                    partner = rowPartner;
                    hub = rowHub;
                    relationship.add(new AttributedActivity(ActivityId.of(rows.getString(3)), Email.of(rows.getString(4)),
                            instant(rows, 5)));
                    activities++;
                }
                if (partner != null) {
                    spans += add(insert, partner, hub, relationship, ends);
                }
            }
            insert.executeBatch();
        }
        return new long[] {activities, spans};
    }

    private static int flushEvery(PreparedStatement insert, int pending) throws SQLException {
        if (pending < 1_000) {
            return pending;
        }
        insert.executeBatch();
        return 0;
    }

    private static int add(PreparedStatement insert, String partner, long hub, List<AttributedActivity> activities,
                           Map<String, List<RelationshipEnd>> ends) throws SQLException {
        List<ServicingSpan> spans = ServicingSpans.of(activities, ends.getOrDefault(key(partner, hub), List.of()));
        for (ServicingSpan span : spans) {
            insert.setString(1, partner);
            insert.setLong(2, hub);
            insert.setObject(3, timestamp(span.from()));
            insert.setObject(4, timestamp(span.to()));
            insert.setObject(5, timestamp(span.last().occurredAt()));
            insert.setString(6, span.last().activityId().value());
            insert.setString(7, span.last().userEmail().value());
            insert.addBatch();
        }
        return spans.size();
    }

    /** Replaces the stored spans that differ from the computed ones; answers those relationships, "partner/hub". */
    private static List<String> replaceDiffering(Connection db) throws SQLException {
        List<String> differing = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     WITH rebuilt AS (
                         SELECT partner_id, hub_id,
                                array_agg(span_from ORDER BY span_from) AS froms, array_agg(span_to ORDER BY span_from) AS tos,
                                array_agg(last_at ORDER BY span_from) AS last_ats, array_agg(last_id ORDER BY span_from) AS last_ids,
                                array_agg(last_email ORDER BY span_from) AS last_emails
                         FROM rebuilt_spans GROUP BY partner_id, hub_id),
                     replaced AS (
                         UPDATE partner_clients pc
                         SET span_from = r.froms, span_to = r.tos, span_last_at = r.last_ats, span_last_id = r.last_ids,
                             span_last_email = r.last_emails
                         FROM partner_clients stored LEFT JOIN rebuilt r
                             ON r.partner_id = stored.partner_id AND r.hub_id = stored.hub_id
                         WHERE pc.partner_id = stored.partner_id AND pc.hub_id = stored.hub_id
                           AND (stored.span_from, stored.span_to, stored.span_last_at, stored.span_last_id,
                                stored.span_last_email)
                               IS DISTINCT FROM (r.froms, r.tos, r.last_ats, r.last_ids, r.last_emails)
                         RETURNING pc.partner_id, pc.hub_id)
                     SELECT partner_id, hub_id FROM replaced ORDER BY partner_id, hub_id""")) {
            while (rows.next()) {
                differing.add(key(rows.getString(1), rows.getLong(2)));
            }
        }
        return differing;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String key(String partner, long hub) {
        return partner + "/" + hub;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
