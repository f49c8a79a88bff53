package com.managedmrr.persistence;

import com.managedmrr.domain.access.AccessChanges;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.AccessSnapshot;
import com.managedmrr.domain.access.Assignment;
import com.managedmrr.domain.access.Rejudgement;
import com.managedmrr.domain.access.Seat;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipLedger;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.store.RecordedActivity;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The {@link AccessCommandPort} of one command, on the connection of its transaction (which holds the command lock):
 * a snapshot in a few bulk queries, the changes in one batch per kind.
 *
 * <p>Every change closes or opens a period at the given instant. A period that would close at or before its own
 * start (two changes at the same microsecond) is erased instead: it never held at any instant, and the schema
 * refuses empty periods.
 */
final class AccessPersistenceAdapter implements AccessCommandPort {

    // partners

    private static final String UPSERT_PARTNER = """
            INSERT INTO partners (partner_id, name) VALUES ($1, $2)
            ON CONFLICT (partner_id) DO UPDATE SET name = excluded.name
            RETURNING (xmax = 0) AS created""";
    private static final String CLEAR_DOMAINS = "DELETE FROM partner_email_domains WHERE partner_id = $1";
    private static final String INSERT_DOMAINS = """
            INSERT INTO partner_email_domains (partner_id, domain, position)
            SELECT $1, d.domain, d.position FROM unnest($2::text[]) WITH ORDINALITY AS d(domain, position)""";

    private static final String SAVE_CLIENT = """
            WITH account AS (
                INSERT INTO client_accounts (hub_id, name, currency, growth_market) VALUES ($1, $2, $3, $4)
                ON CONFLICT (hub_id) DO UPDATE
                    SET name = excluded.name, currency = excluded.currency, growth_market = excluded.growth_market
                RETURNING (xmax = 0) AS created),
            latest AS (
                SELECT cm.currency, cm.mrr FROM client_mrr cm WHERE cm.hub_id = $1
                ORDER BY cm.effective_from DESC LIMIT 1),
            new_mrr AS (
                INSERT INTO client_mrr (hub_id, effective_from, currency, mrr)
                SELECT $1, $5, $3, $6
                WHERE NOT EXISTS (SELECT 1 FROM latest WHERE latest.currency = $3 AND latest.mrr = $6)
                ON CONFLICT (hub_id, effective_from) DO UPDATE SET currency = excluded.currency, mrr = excluded.mrr),
            latest_growth AS (
                SELECT g.growth_market FROM client_growth_market g WHERE g.hub_id = $1
                ORDER BY g.effective_from DESC LIMIT 1),
            new_growth AS (
                INSERT INTO client_growth_market (hub_id, effective_from, growth_market)
                SELECT $1, $5, $4
                WHERE NOT EXISTS (SELECT 1 FROM latest_growth WHERE latest_growth.growth_market = $4)
                ON CONFLICT (hub_id, effective_from) DO UPDATE SET growth_market = excluded.growth_market)
            SELECT created FROM account""";

    private final SqlConnection connection;

    AccessPersistenceAdapter(SqlConnection connection) {
        this.connection = connection;
    }

    // the snapshot

    /** The client accounts where the e-mails have a seat, or an assignment in the named partner. */
    private static final String CLIENTS_OF_EMAILS = """
            SELECT hub_id FROM seat_periods
            WHERE email = ANY(#{emails}::text[]) AND valid_to IS NULL
            UNION
            SELECT hub_id FROM assignment_periods
            WHERE partner_id = #{partnerId} AND email = ANY(#{emails}::text[]) AND valid_to IS NULL""";

    /**
     * Every client's activities of a tool from an instant: one probe of the ledger's (client, instant) index per
     * client account, instead of a scan of the whole ledger (it has no index by instant alone, on purpose: ingestion
     * pays for every index). Catalogue changes are rare and the activities from now are few.
     */
    private static final String PENDING_OF_TOOL = """
            SELECT a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies,
                   a.attributed_to
            FROM client_accounts c
            CROSS JOIN LATERAL (
                SELECT * FROM activities x WHERE x.hub_id = c.hub_id AND x.occurred_at >= #{from}) a
            WHERE a.tool = #{tool}
            ORDER BY a.occurred_at, a.activity_id""";

    private static final String PARTNER = """
            SELECT p.partner_id, p.name,
                   coalesce(array_agg(d.domain ORDER BY d.position) FILTER (WHERE d.domain IS NOT NULL), '{}') AS domains
            FROM partners p
            LEFT JOIN partner_email_domains d ON d.partner_id = p.partner_id
            WHERE p.partner_id = #{partnerId}
            GROUP BY p.partner_id, p.name""";

    /** The accounts with their latest MRR, which is the one in effect now: commands only add MRRs at their instant. */
    private static final String CLIENTS = """
            SELECT c.hub_id, c.name, c.growth_market, coalesce(m.currency, c.currency) AS currency, m.mrr
            FROM client_accounts c
            LEFT JOIN LATERAL (
                SELECT cm.currency, cm.mrr FROM client_mrr cm
                WHERE cm.hub_id = c.hub_id
                ORDER BY cm.effective_from DESC LIMIT 1) m ON true
            WHERE c.hub_id = ANY(#{hubIds}::bigint[])""";

    private static final String SEATS = """
            SELECT hub_id, email, status FROM seat_periods
            WHERE valid_to IS NULL AND (hub_id = ANY(#{hubIds}::bigint[]) OR email = ANY(#{emails}::text[]))""";

    private static final String MEMBERSHIPS = """
            SELECT u.partner_id, u.email, u.name, u.kind
            FROM partner_memberships m
            JOIN partner_users u ON u.partner_id = m.partner_id AND u.email = m.email
            WHERE m.valid_to IS NULL
              AND (m.email = ANY(#{emails}::text[])
                   OR m.email IN (SELECT s.email FROM seat_periods s
                                  WHERE s.hub_id = ANY(#{hubIds}::bigint[]) AND s.valid_to IS NULL))""";

    private static final String ASSIGNMENTS = """
            SELECT partner_id, email, hub_id FROM assignment_periods
            WHERE valid_to IS NULL
              AND (hub_id = ANY(#{hubIds}::bigint[])
                   OR (partner_id = #{partnerId} AND email = ANY(#{emails}::text[])))""";

    private static final String PENDING = """
            SELECT a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies,
                   a.attributed_to
            FROM activities a
            WHERE a.hub_id = ANY(#{hubIds}::bigint[]) AND a.occurred_at >= #{from}
            ORDER BY a.occurred_at, a.activity_id""";

    private static final String CATALOGUE = "SELECT tool, effective_from, actions FROM qualifying_actions";

    private static final String ASSET_IDS = """
            SELECT DISTINCT asset_id FROM activities
            WHERE hub_id = ANY(#{hubIds}::bigint[]) AND user_email = ANY(#{emails}::text[]) AND asset_id IS NOT NULL""";

    private static final RowMapper<Partner> PARTNER_ROW = row -> new Partner(PartnerId.of(row.getString("partner_id")),
            row.getString("name"), List.of(row.getArrayOfStrings("domains")));

    private static final RowMapper<ClientAccount> CLIENT_ROW = row -> {
        BigDecimal mrr = row.getBigDecimal("mrr");
        return new ClientAccount(HubId.of(row.getLong("hub_id")), row.getString("name"),
                CurrencyCode.of(row.getString("currency")), mrr == null ? BigDecimal.ZERO : mrr,
                row.getBoolean("growth_market"));
    };

    private static final RowMapper<Seat> SEAT_ROW = row -> new Seat(HubId.of(row.getLong("hub_id")),
            Email.of(row.getString("email")), SeatStatus.valueOf(row.getString("status")));

    private static final RowMapper<PartnerUser> USER_ROW = row -> new PartnerUser(
            PartnerId.of(row.getString("partner_id")), Email.of(row.getString("email")), row.getString("name"),
            PartnerUserKind.valueOf(row.getString("kind")));

    private static final RowMapper<Assignment> ASSIGNMENT_ROW = row -> new Assignment(
            PartnerId.of(row.getString("partner_id")), Email.of(row.getString("email")),
            HubId.of(row.getLong("hub_id")));

    private static final RowMapper<RecordedActivity> ACTIVITY_ROW = row -> new RecordedActivity(
            new Activity(ActivityId.of(row.getString("activity_id")), HubId.of(row.getLong("hub_id")),
                    Email.of(row.getString("user_email")), row.getString("tool"), row.getString("action"),
                    Sql.instant(row, "occurred_at"), row.getString("asset_id")),
            row.getBoolean("qualifies"),
            Arrays.stream(row.getArrayOfStrings("attributed_to")).map(PartnerId::of).toList());

    private static final RowMapper<QualifyingActions> CATALOGUE_ROW = row -> new QualifyingActions(
            row.getString("tool"), Set.of(row.getArrayOfStrings("actions")), Sql.instant(row, "effective_from"));

    @Override
    public CompletionStage<AccessSnapshot> load(AccessScope scope) {
        Map<String, Object> named = new HashMap<>();
        named.put("partnerId", scope.partnerId().map(PartnerId::value).orElse(null));
        named.put("emails", scope.emails().stream().map(Email::value).sorted().toArray(String[]::new));
        named.put("from", Sql.timestamp(scope.pendingFrom()));
        named.put("tool", scope.tool().orElse(null));
        Future<Covered> covered = covered(scope, named);
        return Sql.stage(covered.compose(found -> {
            Map<String, Object> parameters = new HashMap<>(named);
            parameters.put("hubIds", found.hubIds().stream().map(HubId::value).toArray(Long[]::new));
            Map<String, Object> namedHubs = new HashMap<>(named);
            namedHubs.put("hubIds", scope.sortedHubIds().stream().map(HubId::value).toArray(Long[]::new));
            // sent together: the connection pipelines them, one round trip for the whole snapshot
            Future<Optional<Partner>> partner = scope.partnerId().isEmpty()
                    ? Future.succeededFuture(Optional.empty())
                    : query(PARTNER, PARTNER_ROW, parameters).map(rows -> rows.stream().findFirst());
            Future<List<ClientAccount>> clients = query(CLIENTS, CLIENT_ROW, namedHubs);
            Future<List<Seat>> seats = query(SEATS, SEAT_ROW, parameters);
            Future<List<PartnerUser>> memberships = query(MEMBERSHIPS, USER_ROW, parameters);
            Future<List<Assignment>> assignments = query(ASSIGNMENTS, ASSIGNMENT_ROW, parameters);
            Future<List<RecordedActivity>> pending = found.pending() != null
                    ? Future.succeededFuture(found.pending())
                    : query(PENDING, ACTIVITY_ROW, parameters);
            Future<List<QualifyingActions>> catalogue = query(CATALOGUE, CATALOGUE_ROW, Map.of());
            Future<List<String>> assets = scope.assets()
                    ? query(ASSET_IDS, row -> row.getString("asset_id"), namedHubs)
                    : Future.succeededFuture(List.of());
            return Future.all(List.of(partner, clients, seats, memberships, assignments, pending, catalogue, assets))
                    .map(all -> new AccessSnapshot(partner.result(), byHubId(clients.result()), found.hubIds(),
                            memberships.result(), seats.result(), assignments.result(), pending.result(),
                            new QualifyingCatalogue(catalogue.result()), assets.result().stream().sorted().toList()));
        }));
    }

    /** The client accounts covered; for a tool, its pending activities too (which tell the accounts). */
    private record Covered(Set<HubId> hubIds, List<RecordedActivity> pending) {
    }

    private Future<Covered> covered(AccessScope scope, Map<String, Object> named) {
        Set<HubId> hubIds = new TreeSet<>(scope.hubIds());
        if (scope.tool().isPresent()) {
            return query(PENDING_OF_TOOL, ACTIVITY_ROW, named).map(pending -> {
                pending.forEach(recorded -> hubIds.add(recorded.activity().hubId()));
                return new Covered(hubIds, pending);
            });
        }
        if (!scope.clientsOfEmails()) {
            return Future.succeededFuture(new Covered(hubIds, null));
        }
        return query(CLIENTS_OF_EMAILS, row -> HubId.of(row.getLong("hub_id")), named).map(found -> {
            hubIds.addAll(found);
            return new Covered(hubIds, null);
        });
    }

    private <T> Future<List<T>> query(String sql, RowMapper<T> mapper, Map<String, Object> parameters) {
        return SqlTemplate.forQuery(connection, sql).mapTo(mapper).execute(parameters)
                .map(rows -> {
                    List<T> mapped = new ArrayList<>(rows.size());
                    rows.forEach(mapped::add);
                    return mapped;
                });
    }

    private static Map<HubId, ClientAccount> byHubId(List<ClientAccount> clients) {
        Map<HubId, ClientAccount> byHubId = new HashMap<>();
        clients.forEach(client -> byHubId.put(client.hubId(), client));
        return byHubId;
    }

    // the changes

    /** Adds a user not present in the partner account (again, or for the first time), from the instant on. */
    private static final String ADD_USER = """
            WITH identity AS (
                INSERT INTO partner_users (partner_id, email, name, kind) VALUES (#{partnerId}, #{email}, #{name}, #{kind})
                ON CONFLICT (partner_id, email) DO UPDATE SET name = excluded.name, kind = excluded.kind
                RETURNING partner_id, email)
            INSERT INTO partner_memberships (partner_id, email, valid_from)
            SELECT partner_id, email, #{at} FROM identity""";

    private static final String UPDATE_USER = """
            UPDATE partner_users SET name = #{name}, kind = #{kind}
            WHERE partner_id = #{partnerId} AND email = #{email}""";

    private static final String CLOSE_ASSIGNMENT = """
            WITH closed AS (
                UPDATE assignment_periods SET valid_to = #{at}
                WHERE partner_id = #{partnerId} AND email = #{email} AND hub_id = #{hubId} AND valid_to IS NULL
                  AND valid_from < #{at})
            DELETE FROM assignment_periods
            WHERE partner_id = #{partnerId} AND email = #{email} AND hub_id = #{hubId} AND valid_to IS NULL
              AND valid_from >= #{at}""";

    private static final String CLOSE_MEMBERSHIP = """
            WITH closed AS (
                UPDATE partner_memberships SET valid_to = #{at}
                WHERE partner_id = #{partnerId} AND email = #{email} AND valid_to IS NULL AND valid_from < #{at})
            DELETE FROM partner_memberships
            WHERE partner_id = #{partnerId} AND email = #{email} AND valid_to IS NULL AND valid_from >= #{at}""";

    private static final String CLOSE_SEAT = """
            WITH closed AS (
                UPDATE seat_periods SET valid_to = #{at}
                WHERE hub_id = #{hubId} AND email = #{email} AND valid_to IS NULL AND valid_from < #{at})
            DELETE FROM seat_periods
            WHERE hub_id = #{hubId} AND email = #{email} AND valid_to IS NULL AND valid_from >= #{at}""";

    private static final String OPEN_SEAT = """
            INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (#{hubId}, #{email}, #{status}, #{at})""";

    /**
     * Opens the assignment of a present user (unless open) and notes the partner's client once and for all, at its
     * first instant; answers whether the user is present (nothing is written otherwise).
     */
    private static final String OPEN_ASSIGNMENT = """
            WITH present AS (
                SELECT EXISTS (SELECT 1 FROM partner_memberships m
                               WHERE m.partner_id = #{partnerId} AND m.email = #{email} AND m.valid_to IS NULL) AS present),
            opened AS (
                INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from)
                SELECT #{partnerId}, #{email}, #{hubId}, #{at} FROM present WHERE present
                ON CONFLICT (partner_id, email, hub_id) WHERE valid_to IS NULL DO NOTHING),
            noted AS (
                INSERT INTO partner_clients (partner_id, hub_id, first_assigned_at)
                SELECT #{partnerId}, #{hubId}, #{at} FROM present WHERE present
                ON CONFLICT (partner_id, hub_id) DO UPDATE SET first_assigned_at = excluded.first_assigned_at
                    WHERE partner_clients.first_assigned_at > excluded.first_assigned_at)
            SELECT present FROM present""";

    private static final String RECORD_END = """
            INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason)
            VALUES (#{partnerId}, #{hubId}, #{at}, #{reason})""";

    /**
     * The activity's judgement replaced: {@code partners} every partner it is attributed to now, {@code dropped} those
     * it no longer is, {@code added} those it newly is (disjoint, so the delete and the insert never meet the same
     * row).
     */
    private static final String REATTRIBUTE = """
            WITH activity AS (
                UPDATE activities SET attributed_to = #{partners}::text[], qualifies = #{qualifies}
                WHERE activity_id = #{activityId}
                RETURNING activity_id, hub_id, user_email, occurred_at),
            dropped AS (
                DELETE FROM attributions t USING activity a
                WHERE t.partner_id = ANY(#{dropped}::text[]) AND t.hub_id = a.hub_id AND t.occurred_at = a.occurred_at
                  AND t.activity_id = a.activity_id)
            INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at)
            SELECT a.activity_id, p.partner_id, a.hub_id, a.user_email, a.occurred_at
            FROM activity a CROSS JOIN unnest(#{added}::text[]) AS p(partner_id)""";

    private static final String SAVE_QUALIFYING_ACTIONS = """
            INSERT INTO qualifying_actions (tool, effective_from, actions) VALUES (#{tool}, #{at}, #{actions}::text[])
            ON CONFLICT (tool, effective_from) DO UPDATE SET actions = excluded.actions""";

    @Override
    public CompletionStage<Void> apply(AccessChanges changes) {
        Object at = Sql.timestamp(changes.at());
        Future<Void> applied = batch(ADD_USER, changes.usersAdded(), user -> user(user, at))
                .compose(done -> batch(UPDATE_USER, changes.usersUpdated(), user -> user(user, at)))
                .compose(done -> batch(CLOSE_ASSIGNMENT, changes.assignmentsClosed(), a -> assignment(a, at)))
                .compose(done -> batch(CLOSE_MEMBERSHIP, changes.usersRemoved(), user -> user(user, at)))
                .compose(done -> batch(CLOSE_SEAT, changes.seatsClosed(), seat -> seat(seat, at)))
                .compose(done -> batch(OPEN_SEAT, changes.seatsOpened(), seat -> seat(seat, at)))
                .compose(done -> openAssignments(changes.assignmentsOpened(), at))
                .compose(done -> batch(RECORD_END, changes.ends(), AccessPersistenceAdapter::end))
                .compose(done -> batch(REATTRIBUTE, changes.rejudged(), AccessPersistenceAdapter::rejudgement))
                .compose(done -> batch(SAVE_QUALIFYING_ACTIONS, changes.qualifyingActions().stream().toList(),
                        AccessPersistenceAdapter::qualifyingActions));
        return Sql.stage(applied);
    }

    /** One statement per change, sent together in one round trip; nothing when there is no change of the kind. */
    private <T> Future<Void> batch(String sql, List<T> changes, Function<T, Map<String, Object>> parameters) {
        if (changes.isEmpty()) {
            return Future.succeededFuture();
        }
        return SqlTemplate.forUpdate(connection, sql).executeBatch(changes.stream().map(parameters).toList())
                .mapEmpty();
    }

    /**
     * Fails with PARTNER_USER_NOT_FOUND when one of the users is not present in the partner account. A partner's first
     * assignment to a client adds its partner_clients row, which gets the client's data and the other partners' spans.
     */
    private Future<Void> openAssignments(List<Assignment> assignments, Object at) {
        if (assignments.isEmpty()) {
            return Future.succeededFuture();
        }
        return SqlTemplate.forQuery(connection, OPEN_ASSIGNMENT)
                .executeBatch(assignments.stream().map(a -> assignment(a, at)).toList())
                .compose(results -> {
                    for (RowSet<Row> result = results; result != null; result = result.next()) {
                        if (!result.iterator().next().getBoolean("present")) {
                            return Future.failedFuture(DomainException.notFound("PARTNER_USER_NOT_FOUND",
                                    "No such user in the partner account."));
                        }
                    }
                    List<Long> hubs = assignments.stream().map(a -> a.hubId().value()).toList();
                    return Future.all(SpanRows.copyClients(connection, hubs), SpanRows.copyToSiblings(connection, hubs))
                            .mapEmpty();
                });
    }

    @Override
    public CompletionStage<Map<Relationship, RelationshipLedger>> ledgers(Collection<Relationship> relationships) {
        return Sql.stage(SpanRows.ledgers(connection, relationships));
    }

    @Override
    public CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans) {
        return Sql.stage(SpanRows.save(connection, spans));
    }

    private static Map<String, Object> user(PartnerUser user, Object at) {
        return Map.of("partnerId", user.partnerId().value(), "email", user.email().value(), "name", user.name(),
                "kind", user.kind().name(), "at", at);
    }

    private static Map<String, Object> assignment(Assignment assignment, Object at) {
        return Map.of("partnerId", assignment.partnerId().value(), "email", assignment.email().value(),
                "hubId", assignment.hubId().value(), "at", at);
    }

    private static Map<String, Object> seat(Seat seat, Object at) {
        return Map.of("hubId", seat.hubId().value(), "email", seat.email().value(), "status", seat.status().name(),
                "at", at);
    }

    private static Map<String, Object> end(RelationshipEnd end) {
        return Map.of("partnerId", end.partnerId().value(), "hubId", end.hubId().value(),
                "at", Sql.timestamp(end.endedAt()), "reason", end.reason().name());
    }

    private static Map<String, Object> rejudgement(Rejudgement rejudged) {
        Set<String> before = new LinkedHashSet<>();
        rejudged.activity().attributedTo().forEach(partner -> before.add(partner.value()));
        Set<String> now = new TreeSet<>();
        rejudged.attributedTo().forEach(partner -> now.add(partner.value()));
        return Map.of("activityId", rejudged.activity().activity().id().value(),
                "partners", now.toArray(String[]::new),
                "dropped", before.stream().filter(partner -> !now.contains(partner)).toArray(String[]::new),
                "added", now.stream().filter(partner -> !before.contains(partner)).toArray(String[]::new),
                "qualifies", rejudged.qualifies());
    }

    private static Map<String, Object> qualifyingActions(QualifyingActions actions) {
        return Map.of("tool", actions.tool(), "at", Sql.timestamp(actions.effectiveFrom()),
                "actions", actions.actions().toArray(String[]::new));
    }

    // partners, client accounts, the audit trail

    @Override
    public CompletionStage<Boolean> savePartner(Partner partner) {
        String id = partner.id().value();
        Future<Boolean> saved = connection.preparedQuery(UPSERT_PARTNER).execute(Tuple.of(id, partner.name()))
                .map(rows -> rows.iterator().next().getBoolean("created"))
                .compose(created -> connection.preparedQuery(CLEAR_DOMAINS).execute(Tuple.of(id))
                        .compose(cleared -> connection.preparedQuery(INSERT_DOMAINS)
                                .execute(Tuple.tuple().addString(id)
                                        .addArrayOfString(partner.emailDomains().toArray(String[]::new))))
                        .map(created));
        return Sql.stage(saved);
    }

    @Override
    public CompletionStage<Boolean> saveClient(ClientAccount client, Instant at) {
        Tuple values = Tuple.of(client.hubId().value(), client.name(), client.currency().code(), client.growthMarket(),
                Sql.timestamp(at), client.mrr());
        return Sql.stage(connection.preparedQuery(SAVE_CLIENT).execute(values)
                .map(rows -> rows.iterator().next().getBoolean("created"))
                .compose(created -> SpanRows.copyClients(connection, List.of(client.hubId().value())).map(created)));
    }

    @Override
    public CompletionStage<Void> recordAudit(AuditEntry entry) {
        return Sql.stage(connection.preparedQuery(AuditRows.INSERT).execute(AuditRows.insertParameters(entry))
                .mapEmpty());
    }
}
