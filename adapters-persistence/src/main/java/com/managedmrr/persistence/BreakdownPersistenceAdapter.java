package com.managedmrr.persistence;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipFacts;
import com.managedmrr.domain.credit.UserStanding;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.BreakdownQueryPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The breakdown's facts, each answer one statement (so one snapshot: a breakdown never sees half a command).
 *
 * <p>Its cost follows the partner's size, not the tables': the rows come from {@code partner_clients} of the
 * partner, and each (client, partner) pair costs a few index probes — the MRR and point unit in effect at t, the
 * latest attribution at or before t (an index-only backward scan of the attributions' key) — each with LIMIT 1;
 * the latest ends come from one pass over the few ends of those clients.
 */
public final class BreakdownPersistenceAdapter implements BreakdownQueryPort {

    private final Pool pool;
    private final Templates templates;

    public BreakdownPersistenceAdapter(Pool pool) {
        this.pool = pool;
        this.templates = new Templates(pool);
    }

    /**
     * One row per (client, partner with facts) of the partner's clients at t, the partner itself always included.
     * Ends are few, so every end at or before t of each (client, partner) is gathered, in the order recorded, in one
     * pass over the clients': the latest decides servicing, the first after an activity says why it stopped counting.
     */
    @Override
    public CompletionStage<List<ClientFacts>> clientFacts(PartnerId partnerId, Instant t) {
        // hot path: positional prepared statement, measured in benchmarks/
        return Sql.stage(pool.preparedQuery("""
                WITH subject AS (
                    SELECT pc.hub_id FROM partner_clients pc WHERE pc.partner_id = $1 AND pc.first_assigned_at <= $2),
                ends AS (
                    SELECT e.hub_id, e.partner_id,
                           array_agg(e.ended_at ORDER BY e.ended_at, e.relationship_end_id) AS ended_at,
                           array_agg(e.reason ORDER BY e.ended_at, e.relationship_end_id) AS reason
                    FROM relationship_ends e JOIN subject ON subject.hub_id = e.hub_id
                    WHERE e.ended_at <= $2
                    GROUP BY e.hub_id, e.partner_id)
                SELECT c.hub_id, c.name, coalesce(g.growth_market, c.growth_market) AS growth_market,
                       coalesce(m.currency, c.currency) AS currency, m.mrr, u.unit,
                       r.partner_id, la.activity_id, la.user_email, la.occurred_at, le.ended_at, le.reason
                FROM subject
                JOIN client_accounts c ON c.hub_id = subject.hub_id
                LEFT JOIN LATERAL (
                    SELECT cm.currency, cm.mrr FROM client_mrr cm
                    WHERE cm.hub_id = c.hub_id AND cm.effective_from <= $2
                    ORDER BY cm.effective_from DESC LIMIT 1) m ON true
                LEFT JOIN LATERAL (
                    SELECT cg.growth_market FROM client_growth_market cg
                    WHERE cg.hub_id = c.hub_id AND cg.effective_from <= $2
                    ORDER BY cg.effective_from DESC LIMIT 1) g ON true
                LEFT JOIN LATERAL (
                    SELECT pu.unit FROM point_units pu
                    WHERE pu.currency = coalesce(m.currency, c.currency) AND pu.effective_from <= $2
                    ORDER BY pu.effective_from DESC LIMIT 1) u ON true
                CROSS JOIN LATERAL (
                    SELECT pc.partner_id FROM partner_clients pc WHERE pc.hub_id = c.hub_id
                    UNION
                    SELECT re.partner_id FROM relationship_ends re WHERE re.hub_id = c.hub_id
                    UNION
                    SELECT $1::text) r
                LEFT JOIN LATERAL (
                    SELECT a.activity_id, a.user_email, a.occurred_at FROM attributions a
                    WHERE a.partner_id = r.partner_id AND a.hub_id = c.hub_id AND a.occurred_at <= $2
                    ORDER BY a.occurred_at DESC, a.activity_id DESC LIMIT 1) la ON true
                LEFT JOIN ends le ON le.hub_id = c.hub_id AND le.partner_id = r.partner_id
                WHERE r.partner_id = $1 OR la.activity_id IS NOT NULL OR le.ended_at IS NOT NULL
                ORDER BY c.hub_id, r.partner_id""")
                .execute(Tuple.of(partnerId.value(), Sql.timestamp(t)))
                .map(BreakdownPersistenceAdapter::facts));
    }

    /** The rows of {@link #clientFacts(PartnerId, Instant)} for the one client. */
    @Override
    public CompletionStage<Optional<ClientFacts>> clientFacts(PartnerId partnerId, HubId hubId, Instant t) {
        return Sql.stage(templates.query("""
                WITH subject AS (SELECT #{hubId}::bigint AS hub_id),
                ends AS (
                    SELECT e.hub_id, e.partner_id,
                           array_agg(e.ended_at ORDER BY e.ended_at, e.relationship_end_id) AS ended_at,
                           array_agg(e.reason ORDER BY e.ended_at, e.relationship_end_id) AS reason
                    FROM relationship_ends e JOIN subject ON subject.hub_id = e.hub_id
                    WHERE e.ended_at <= #{t}
                    GROUP BY e.hub_id, e.partner_id)
                SELECT c.hub_id, c.name, coalesce(g.growth_market, c.growth_market) AS growth_market,
                       coalesce(m.currency, c.currency) AS currency, m.mrr, u.unit,
                       r.partner_id, la.activity_id, la.user_email, la.occurred_at, le.ended_at, le.reason
                FROM subject
                JOIN client_accounts c ON c.hub_id = subject.hub_id
                LEFT JOIN LATERAL (
                    SELECT cm.currency, cm.mrr FROM client_mrr cm
                    WHERE cm.hub_id = c.hub_id AND cm.effective_from <= #{t}
                    ORDER BY cm.effective_from DESC LIMIT 1) m ON true
                LEFT JOIN LATERAL (
                    SELECT cg.growth_market FROM client_growth_market cg
                    WHERE cg.hub_id = c.hub_id AND cg.effective_from <= #{t}
                    ORDER BY cg.effective_from DESC LIMIT 1) g ON true
                LEFT JOIN LATERAL (
                    SELECT pu.unit FROM point_units pu
                    WHERE pu.currency = coalesce(m.currency, c.currency) AND pu.effective_from <= #{t}
                    ORDER BY pu.effective_from DESC LIMIT 1) u ON true
                CROSS JOIN LATERAL (
                    SELECT pc.partner_id FROM partner_clients pc WHERE pc.hub_id = c.hub_id
                    UNION
                    SELECT re.partner_id FROM relationship_ends re WHERE re.hub_id = c.hub_id
                    UNION
                    SELECT #{partnerId}::text) r
                LEFT JOIN LATERAL (
                    SELECT a.activity_id, a.user_email, a.occurred_at FROM attributions a
                    WHERE a.partner_id = r.partner_id AND a.hub_id = c.hub_id AND a.occurred_at <= #{t}
                    ORDER BY a.occurred_at DESC, a.activity_id DESC LIMIT 1) la ON true
                LEFT JOIN ends le ON le.hub_id = c.hub_id AND le.partner_id = r.partner_id
                WHERE r.partner_id = #{partnerId} OR la.activity_id IS NOT NULL OR le.ended_at IS NOT NULL
                ORDER BY c.hub_id, r.partner_id""")
                .execute(Map.of("partnerId", partnerId.value(), "t", Sql.timestamp(t), "hubId", hubId.value()))
                .map(rows -> facts(rows).stream().findFirst()));
    }

    /**
     * The partner's users that matter to the client at t — anyone ever assigned to it by the partner at or before
     * t (which covers everyone with an attribution, since attribution requires an assignment) and present users
     * seated in it at t — kept when they have an attribution at or before t or are present and assigned or seated.
     * A user's latest attribution is a backward scan of the partner's attributions on the client from t, down to
     * the user's first assignment there at the earliest (none for a user never assigned).
     */
    @Override
    public CompletionStage<List<UserStanding>> userStandings(PartnerId partnerId, HubId hubId, Instant t) {
        return Sql.stage(templates.query("""
                WITH assigned AS (
                    SELECT ap.email, min(ap.valid_from) AS first_assigned FROM assignment_periods ap
                    WHERE ap.partner_id = #{partnerId} AND ap.hub_id = #{hubId} AND ap.valid_from <= #{t}
                    GROUP BY ap.email),
                seated AS (
                    SELECT pm.email FROM partner_memberships pm
                    WHERE pm.partner_id = #{partnerId} AND pm.valid_from <= #{t}
                      AND (pm.valid_to IS NULL OR pm.valid_to > #{t})
                      AND EXISTS (SELECT 1 FROM seat_periods sp
                                  WHERE sp.hub_id = #{hubId} AND sp.email = pm.email
                                    AND sp.valid_from <= #{t} AND (sp.valid_to IS NULL OR sp.valid_to > #{t}))),
                candidates AS (
                    SELECT coalesce(a.email, s.email) AS email, a.first_assigned
                    FROM assigned a FULL JOIN seated s ON s.email = a.email),
                standings AS (
                    SELECT c.email,
                           EXISTS (SELECT 1 FROM partner_memberships pm
                                   WHERE pm.partner_id = #{partnerId} AND pm.email = c.email
                                     AND pm.valid_from <= #{t}
                                     AND (pm.valid_to IS NULL OR pm.valid_to > #{t})) AS partner_user,
                           EXISTS (SELECT 1 FROM assignment_periods ap
                                   WHERE ap.partner_id = #{partnerId} AND ap.email = c.email AND ap.hub_id = #{hubId}
                                     AND ap.valid_from <= #{t}
                                     AND (ap.valid_to IS NULL OR ap.valid_to > #{t})) AS assigned,
                           (SELECT sp.status FROM seat_periods sp
                            WHERE sp.hub_id = #{hubId} AND sp.email = c.email
                              AND sp.valid_from <= #{t} AND (sp.valid_to IS NULL OR sp.valid_to > #{t})
                            ORDER BY sp.valid_from DESC LIMIT 1) AS seat,
                           la.activity_id, la.occurred_at
                    FROM candidates c
                    LEFT JOIN LATERAL (
                        SELECT a.activity_id, a.occurred_at FROM attributions a
                        WHERE a.partner_id = #{partnerId} AND a.hub_id = #{hubId} AND a.occurred_at <= #{t}
                          AND a.occurred_at >= c.first_assigned AND a.user_email = c.email
                        ORDER BY a.occurred_at DESC, a.activity_id DESC LIMIT 1) la ON true)
                SELECT * FROM standings s
                WHERE s.activity_id IS NOT NULL OR (s.partner_user AND (s.assigned OR s.seat IS NOT NULL))
                ORDER BY s.email""")
                .mapTo(BreakdownPersistenceAdapter::standing)
                .execute(Map.of("partnerId", partnerId.value(), "hubId", hubId.value(), "t", Sql.timestamp(t)))
                .map(Sql::list));
    }

    private static UserStanding standing(Row row) {
        Email email = Email.of(row.getString("email"));
        Optional<AttributedActivity> last = Optional.ofNullable(row.getString("activity_id"))
                .map(id -> new AttributedActivity(ActivityId.of(id), email, Sql.instant(row, "occurred_at")));
        return new UserStanding(email, row.getBoolean("partner_user"), row.getBoolean("assigned"),
                Optional.ofNullable(row.getString("seat")).map(SeatStatus::valueOf), last);
    }

    // the columns of the clientFacts rows, read by position: a lookup by name lower-cases the name on every call, which
    // for a partner with thousands of clients was a tenth of the server's time spent on a breakdown
    private static final int HUB_ID = 0;
    private static final int NAME = 1;
    private static final int GROWTH_MARKET = 2;
    private static final int CURRENCY = 3;
    private static final int MRR = 4;
    private static final int UNIT = 5;
    private static final int PARTNER_ID = 6;
    private static final int ACTIVITY_ID = 7;
    private static final int USER_EMAIL = 8;
    private static final int OCCURRED_AT = 9;
    private static final int ENDED_AT = 10;
    private static final int REASON = 11;

    /** Groups the (client, partner) rows, which come ordered by client, into one ClientFacts per client. */
    private static List<ClientFacts> facts(RowSet<Row> rows) {
        List<ClientFacts> facts = new ArrayList<>(rows.size());
        Values values = new Values();
        ClientAccount client = null;
        Optional<BigDecimal> unit = Optional.empty();
        List<RelationshipFacts> relationships = new ArrayList<>();
        for (Row row : rows) {
            long hubId = row.getLong(HUB_ID);
            if (client == null || client.hubId().value() != hubId) {
                if (client != null) {
                    facts.add(new ClientFacts(client, unit, relationships));
                }
                BigDecimal mrr = row.getBigDecimal(MRR);
                client = new ClientAccount(HubId.of(hubId), row.getString(NAME), values.currency(row.getString(CURRENCY)),
                        mrr == null ? BigDecimal.ZERO : mrr, row.getBoolean(GROWTH_MARKET));
                unit = Optional.ofNullable(row.getBigDecimal(UNIT)).map(BreakdownPersistenceAdapter::plain);
                relationships = new ArrayList<>(4);
            }
            relationships.add(relationship(row, client.hubId(), values));
        }
        if (client != null) {
            facts.add(new ClientFacts(client, unit, relationships));
        }
        return facts;
    }

    private static RelationshipFacts relationship(Row row, HubId hubId, Values values) {
        PartnerId partner = values.partner(row.getString(PARTNER_ID));
        String activityId = row.getString(ACTIVITY_ID);
        Optional<AttributedActivity> last = activityId == null
                ? Optional.empty()
                : Optional.of(new AttributedActivity(ActivityId.of(activityId), values.email(row.getString(USER_EMAIL)),
                        row.getOffsetDateTime(OCCURRED_AT).toInstant()));
        OffsetDateTime[] endedAt = row.getArrayOfOffsetDateTimes(ENDED_AT);
        String[] reasons = row.getArrayOfStrings(REASON);
        List<RelationshipEnd> ends = new ArrayList<>(endedAt == null ? 0 : endedAt.length);
        for (int i = 0; endedAt != null && i < endedAt.length; i++) {
            ends.add(new RelationshipEnd(partner, hubId, endedAt[i].toInstant(), EndReason.valueOf(reasons[i])));
        }
        return RelationshipFacts.withEnds(partner, last, ends);
    }

    /** The partner ids, e-mails and currencies of one answer, each parsed (and validated) once: they repeat across rows. */
    private static final class Values {
        private final Map<String, PartnerId> partners = new HashMap<>();
        private final Map<String, Email> emails = new HashMap<>();
        private final Map<String, CurrencyCode> currencies = new HashMap<>();

        CurrencyCode currency(String value) {
            return currencies.computeIfAbsent(value, CurrencyCode::of);
        }

        PartnerId partner(String value) {
            return partners.computeIfAbsent(value, PartnerId::of);
        }

        Email email(String value) {
            return emails.computeIfAbsent(value, Email::of);
        }
    }

    /** Units as the domain writes them ({@link PointUnit}): no trailing zeros. */
    static BigDecimal plain(BigDecimal unit) {
        BigDecimal stripped = unit.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
