package com.managedmrr.persistence;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipFacts;
import com.managedmrr.domain.credit.ServicingSpan;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The breakdown's facts, each answer one statement (so one snapshot: a breakdown never sees half a command).
 *
 * <p>A partner's breakdown is one range scan of its partner_clients rows (migration V60), each carrying everything
 * the row needs: the client's data and effective-dated history, the relationship's servicing spans, the other
 * partners' spans and nothing else to look up, so its cost follows the partner's size and not the history
 * (docs/rules.md §5.5). The value in effect at t of an array ordered by instant is element width_bucket(t, instants).
 * The latest attributed activity at or before t is the span's last one, except at a past instant inside a span that
 * has later activities: only then is it looked up in the attributions (one backward probe of their key).
 */
public final class BreakdownPersistenceAdapter implements BreakdownQueryPort {

    /** The point units in effect at $2, and the partner's ($1) ends at or before $2 ({@code ends_filter} narrows them). */
    private static final String UNITS_AND_ENDS = """
            WITH units AS (
                SELECT DISTINCT ON (pu.currency) pu.currency, pu.unit FROM point_units pu
                WHERE pu.effective_from <= $2 ORDER BY pu.currency, pu.effective_from DESC),
            ends AS (
                SELECT e.hub_id, array_agg(e.ended_at ORDER BY e.ended_at, e.relationship_end_id) AS ended_at,
                       array_agg(e.reason ORDER BY e.ended_at, e.relationship_end_id) AS reason
                FROM relationship_ends e WHERE e.partner_id = $1 AND e.ended_at <= $2 ends_filter GROUP BY e.hub_id),
            """;

    /** One row per client of {@code subject} (the partner_clients columns, m and s the MRR's and span's index at $2). */
    private static final String ROWS = """
            SELECT r.hub_id, r.name, coalesce(r.growth[width_bucket($2, r.growth_from)], r.growth_market) AS growth_market,
                   coalesce(r.mrr_currency[r.m], r.currency) AS currency, r.mrr[r.m] AS mrr, u.unit,
                   coalesce(la.occurred_at, r.span_last_at[r.s]) AS last_at,
                   coalesce(la.activity_id, r.span_last_id[r.s]) AS last_id,
                   coalesce(la.user_email, r.span_last_email[r.s]) AS last_email,
                   r.other_partner, r.other_from, r.other_to, e.ended_at, e.reason
            FROM subject r
            LEFT JOIN units u ON u.currency = coalesce(r.mrr_currency[r.m], r.currency)
            LEFT JOIN ends e ON e.hub_id = r.hub_id
            LEFT JOIN LATERAL (
                SELECT a.activity_id, a.user_email, a.occurred_at FROM attributions a
                WHERE r.span_last_at[r.s] > $2 AND a.partner_id = $1 AND a.hub_id = r.hub_id AND a.occurred_at <= $2
                ORDER BY a.occurred_at DESC, a.activity_id DESC LIMIT 1) la ON true""";

    /** $1 the partner, $2 the instant. */
    private static final String PARTNER_ROWS = UNITS_AND_ENDS.replace("ends_filter", "") + """
            subject AS (
                SELECT pc.*, width_bucket($2, pc.mrr_from) AS m, width_bucket($2, pc.span_from) AS s
                FROM partner_clients pc WHERE pc.partner_id = $1 AND pc.first_assigned_at <= $2)
            """ + ROWS;

    /**
     * $1 the partner, $2 the instant, $3 the client: its row even when the partner was never assigned to it (no
     * spans then), the client's data from its own tables (client_history) and the other partners' spans from their
     * rows.
     */
    private static final String CLIENT_ROW = UNITS_AND_ENDS.replace("ends_filter", "AND e.hub_id = $3") + """
            client AS (
                SELECT c.hub_id, c.name, c.currency, c.growth_market, c.mrr_from, c.mrr_currency, c.mrr, c.growth_from,
                       c.growth, pc.span_from, pc.span_to, pc.span_last_at, pc.span_last_id, pc.span_last_email,
                       o.partners AS other_partner, o.froms AS other_from, o.tos AS other_to
                FROM client_history c
                LEFT JOIN partner_clients pc ON pc.partner_id = $1 AND pc.hub_id = c.hub_id
                LEFT JOIN LATERAL (
                    SELECT array_agg(s.partner_id ORDER BY s.partner_id, x.span_from) AS partners,
                           array_agg(x.span_from ORDER BY s.partner_id, x.span_from) AS froms,
                           array_agg(x.span_to ORDER BY s.partner_id, x.span_from) AS tos
                    FROM partner_clients s CROSS JOIN LATERAL unnest(s.span_from, s.span_to) AS x(span_from, span_to)
                    WHERE s.hub_id = c.hub_id AND s.partner_id <> $1) o ON true
                WHERE c.hub_id = $3),
            subject AS (
                SELECT client.*, width_bucket($2, client.mrr_from) AS m, width_bucket($2, client.span_from) AS s
                FROM client)
            """ + ROWS;

    private final Pool pool;
    private final Templates templates;

    public BreakdownPersistenceAdapter(Pool pool) {
        this.pool = pool;
        this.templates = new Templates(pool);
    }

    @Override
    public CompletionStage<List<ClientFacts>> clientFacts(PartnerId partnerId, Instant t) {
        // hot path: positional prepared statement, measured in benchmarks/
        return Sql.stage(pool.preparedQuery(PARTNER_ROWS)
                .execute(Tuple.of(partnerId.value(), Sql.timestamp(t)))
                .map(rows -> facts(rows, partnerId, t)));
    }

    @Override
    public CompletionStage<Optional<ClientFacts>> clientFacts(PartnerId partnerId, HubId hubId, Instant t) {
        return Sql.stage(pool.preparedQuery(CLIENT_ROW)
                .execute(Tuple.of(partnerId.value(), Sql.timestamp(t), hubId.value()))
                .map(rows -> facts(rows, partnerId, t).stream().findFirst()));
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
    private static final int LAST_AT = 6;
    private static final int LAST_ID = 7;
    private static final int LAST_EMAIL = 8;
    private static final int OTHER_PARTNER = 9;
    private static final int OTHER_FROM = 10;
    private static final int OTHER_TO = 11;
    private static final int ENDED_AT = 12;
    private static final int REASON = 13;

    /** One ClientFacts per row: the partner's own facts at t, and the other partners whose spans cover t. */
    private static List<ClientFacts> facts(RowSet<Row> rows, PartnerId partner, Instant t) {
        List<ClientFacts> facts = new ArrayList<>(rows.size());
        Values values = new Values();
        for (Row row : rows) {
            HubId hubId = HubId.of(row.getLong(HUB_ID));
            BigDecimal mrr = row.getBigDecimal(MRR);
            ClientAccount client = new ClientAccount(hubId, row.getString(NAME), values.currency(row.getString(CURRENCY)),
                    mrr == null ? BigDecimal.ZERO : mrr, row.getBoolean(GROWTH_MARKET));
            Optional<BigDecimal> unit = Optional.ofNullable(row.getBigDecimal(UNIT)).map(BreakdownPersistenceAdapter::plain);
            facts.add(new ClientFacts(client, unit, List.of(own(row, partner, hubId, values)), others(row, t, values)));
        }
        return facts;
    }

    /**
     * The partner's facts: the latest attributed activity at or before t (the row's last_* columns: the span's last
     * one, or the one looked up) and every end at or before t.
     */
    private static RelationshipFacts own(Row row, PartnerId partner, HubId hubId, Values values) {
        String activityId = row.getString(LAST_ID);
        Optional<AttributedActivity> last = activityId == null
                ? Optional.empty()
                : Optional.of(new AttributedActivity(ActivityId.of(activityId), values.email(row.getString(LAST_EMAIL)),
                        row.getOffsetDateTime(LAST_AT).toInstant()));
        OffsetDateTime[] endedAt = row.getArrayOfOffsetDateTimes(ENDED_AT);
        String[] reasons = row.getArrayOfStrings(REASON);
        List<RelationshipEnd> ends = new ArrayList<>(endedAt == null ? 0 : endedAt.length);
        for (int i = 0; endedAt != null && i < endedAt.length; i++) {
            ends.add(new RelationshipEnd(partner, hubId, endedAt[i].toInstant(), EndReason.valueOf(reasons[i])));
        }
        return RelationshipFacts.withEnds(partner, last, ends);
    }

    /** The other partners with a span covering t (§5.5): servicing the client then. */
    private static Set<PartnerId> others(Row row, Instant t, Values values) {
        String[] partners = row.getArrayOfStrings(OTHER_PARTNER);
        if (partners == null) {
            return Set.of();
        }
        OffsetDateTime[] froms = row.getArrayOfOffsetDateTimes(OTHER_FROM);
        OffsetDateTime[] tos = row.getArrayOfOffsetDateTimes(OTHER_TO);
        Set<PartnerId> servicing = new HashSet<>();
        for (int i = 0; i < partners.length; i++) {
            if (ServicingSpan.covers(froms[i].toInstant(), tos[i].toInstant(), t)) {
                servicing.add(values.partner(partners[i]));
            }
        }
        return servicing;
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
