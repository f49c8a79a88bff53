package com.managedmrr.persistence;

import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.store.RecordedActivity;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * The {@link AccessCommandPort} of one command, on the connection of its transaction (which holds the command lock).
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

    // partner users

    private static final String PRESENT_USER = """
            SELECT u.partner_id, u.email, u.name, u.kind
            FROM partner_users u
            JOIN partner_memberships m ON m.partner_id = u.partner_id AND m.email = u.email AND m.valid_to IS NULL
            WHERE u.partner_id = $1 AND u.email = $2""";
    private static final String MEMBERSHIPS_OF = """
            SELECT u.partner_id, u.email, u.name, u.kind
            FROM partner_memberships m
            JOIN partner_users u ON u.partner_id = m.partner_id AND u.email = m.email
            WHERE m.email = $1 AND m.valid_to IS NULL
            ORDER BY u.partner_id""";
    private static final String ADD_USER = """
            WITH identity AS (
                INSERT INTO partner_users (partner_id, email, name, kind) VALUES ($1, $2, $3, $4)
                ON CONFLICT (partner_id, email) DO UPDATE SET name = excluded.name, kind = excluded.kind
                RETURNING partner_id, email)
            INSERT INTO partner_memberships (partner_id, email, valid_from)
            SELECT partner_id, email, $5 FROM identity""";
    private static final String UPDATE_USER = """
            UPDATE partner_users u SET name = $3, kind = $4
            WHERE u.partner_id = $1 AND u.email = $2
              AND EXISTS (SELECT 1 FROM partner_memberships m
                          WHERE m.partner_id = u.partner_id AND m.email = u.email AND m.valid_to IS NULL)""";
    private static final String END_MEMBERSHIP = closing("partner_memberships", "partner_id = $1 AND email = $2", "$3");

    // client accounts

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

    // seats

    private static final String SEAT = "SELECT status FROM seat_periods WHERE hub_id = $1 AND email = $2 AND valid_to IS NULL";
    private static final String SEATED_HUBS = "SELECT hub_id FROM seat_periods WHERE email = $1 AND valid_to IS NULL ORDER BY hub_id";
    /** Ends the open seat when its status differs; answers whether an open seat with the wanted status remains. */
    private static final String END_OTHER_STATUS = """
            WITH closed AS (
                UPDATE seat_periods SET valid_to = $3
                WHERE hub_id = $1 AND email = $2 AND valid_to IS NULL AND status <> $4 AND valid_from < $3
                RETURNING 1),
            erased AS (
                DELETE FROM seat_periods
                WHERE hub_id = $1 AND email = $2 AND valid_to IS NULL AND status <> $4 AND valid_from >= $3
                RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM seat_periods
                           WHERE hub_id = $1 AND email = $2 AND valid_to IS NULL AND status = $4) AS unchanged,
                   (SELECT count(*) FROM closed) + (SELECT count(*) FROM erased) AS ended""";
    private static final String OPEN_SEAT = "INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES ($1, $2, $4, $3)";
    private static final String END_SEAT = closing("seat_periods", "hub_id = $1 AND email = $2", "$3");
    private static final String SEATED_USERS = """
            SELECT s.email
            FROM seat_periods s
            JOIN partner_memberships m ON m.partner_id = $1 AND m.email = s.email AND m.valid_to IS NULL
            WHERE s.hub_id = $2 AND s.valid_to IS NULL""";

    // assignments

    private static final String ASSIGNED_USERS = """
            SELECT email FROM assignment_periods WHERE partner_id = $1 AND hub_id = $2 AND valid_to IS NULL""";
    private static final String ASSIGNED_HUBS = """
            SELECT hub_id FROM assignment_periods WHERE partner_id = $1 AND email = $2 AND valid_to IS NULL ORDER BY hub_id""";
    /** Assigns a present user (answers present = false otherwise) and notes the partner's client once and for all. */
    private static final String ASSIGN = """
            WITH present AS (
                SELECT EXISTS (SELECT 1 FROM partner_memberships m
                               WHERE m.partner_id = $1 AND m.email = $2 AND m.valid_to IS NULL) AS present),
            opened AS (
                INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from)
                SELECT $1, $2, $3, $4 FROM present WHERE present
                ON CONFLICT (partner_id, email, hub_id) WHERE valid_to IS NULL DO NOTHING
                RETURNING 1),
            noted AS (
                INSERT INTO partner_clients (partner_id, hub_id, first_assigned_at)
                SELECT $1, $3, $4 FROM present WHERE present
                ON CONFLICT (partner_id, hub_id) DO UPDATE SET first_assigned_at = excluded.first_assigned_at
                    WHERE partner_clients.first_assigned_at > excluded.first_assigned_at)
            SELECT present FROM present""";
    private static final String UNASSIGN = closing("assignment_periods", "partner_id = $1 AND email = $2 AND hub_id = $3", "$4");

    // ends and activities

    private static final String RECORD_END = """
            INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason) VALUES ($1, $2, $3, $4)""";
    private static final String ASSET_IDS = """
            SELECT DISTINCT asset_id FROM activities WHERE hub_id = $1 AND user_email = $2 AND asset_id IS NOT NULL""";

    private static final String ACTIVITIES_FROM = "SELECT " + ClientRows.ACTIVITY_COLUMNS + """

            FROM activities a
            WHERE a.hub_id = $1 AND a.occurred_at >= $2
            ORDER BY a.occurred_at, a.activity_id""";

    /**
     * Every client's activities of a tool from an instant: one probe of the ledger's (client, instant) index per
     * client account, instead of a scan of the whole ledger (it has no index by instant alone, on purpose: ingestion
     * pays for every index). Catalogue changes are rare and the activities from now are few.
     */
    private static final String ACTIVITIES_OF_TOOL_FROM = "SELECT " + ClientRows.ACTIVITY_COLUMNS + """

            FROM client_accounts c
            CROSS JOIN LATERAL (
                SELECT * FROM activities x WHERE x.hub_id = c.hub_id AND x.occurred_at >= $2) a
            WHERE a.tool = $1
            ORDER BY a.occurred_at, a.activity_id""";

    private static final String SAVE_QUALIFYING_ACTIONS = """
            WITH known AS (SELECT EXISTS (SELECT 1 FROM qualifying_actions WHERE tool = $1) AS known),
            saved AS (
                INSERT INTO qualifying_actions (tool, effective_from, actions) VALUES ($1, $2, $3)
                ON CONFLICT (tool, effective_from) DO UPDATE SET actions = excluded.actions)
            SELECT NOT known AS created FROM known""";

    /**
     * $1 the activity, $2 every partner it is attributed to now, $3 the partners it no longer is, $4 the partners it
     * newly is (disjoint, so the delete and the insert never meet the same row), $5 whether it qualifies.
     */
    private static final String REATTRIBUTE = """
            WITH activity AS (
                UPDATE activities SET attributed_to = $2, qualifies = $5 WHERE activity_id = $1
                RETURNING activity_id, hub_id, user_email, occurred_at),
            dropped AS (
                DELETE FROM attributions t USING activity a
                WHERE t.partner_id = ANY($3) AND t.hub_id = a.hub_id AND t.occurred_at = a.occurred_at
                  AND t.activity_id = a.activity_id)
            INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at)
            SELECT a.activity_id, p.partner_id, a.hub_id, a.user_email, a.occurred_at
            FROM activity a CROSS JOIN unnest($4::text[]) AS p(partner_id)""";

    private final SqlConnection connection;

    AccessPersistenceAdapter(SqlConnection connection) {
        this.connection = connection;
    }

    /** Closes the open period matched by {@code where} at {@code at}, or erases it when it began at or after then. */
    private static String closing(String table, String where, String at) {
        return "WITH closed AS (UPDATE " + table + " SET valid_to = " + at
                + " WHERE " + where + " AND valid_to IS NULL AND valid_from < " + at + " RETURNING 1), "
                + "erased AS (DELETE FROM " + table
                + " WHERE " + where + " AND valid_to IS NULL AND valid_from >= " + at + " RETURNING 1) "
                + "SELECT (SELECT count(*) FROM closed) + (SELECT count(*) FROM erased) AS ended";
    }

    // partners

    @Override
    public CompletionStage<Optional<Partner>> partner(PartnerId partnerId) {
        return Sql.stage(PartnerRows.partner(connection, partnerId));
    }

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

    // partner users

    @Override
    public CompletionStage<Optional<PartnerUser>> partnerUser(PartnerId partnerId, Email email) {
        return Sql.stage(connection.preparedQuery(PRESENT_USER).execute(Tuple.of(partnerId.value(), email.value()))
                .map(rows -> Sql.first(rows, PartnerRows::partnerUser)));
    }

    @Override
    public CompletionStage<List<PartnerUser>> membershipsOf(Email email) {
        return Sql.stage(connection.preparedQuery(MEMBERSHIPS_OF).execute(Tuple.of(email.value()))
                .map(rows -> Sql.map(rows, PartnerRows::partnerUser)));
    }

    @Override
    public CompletionStage<Void> addPartnerUser(PartnerUser user, Instant at) {
        return Sql.stage(connection.preparedQuery(ADD_USER)
                .execute(Tuple.of(user.partnerId().value(), user.email().value(), user.name(), user.kind().name(),
                        Sql.timestamp(at)))
                .mapEmpty());
    }

    @Override
    public CompletionStage<Void> updatePartnerUser(PartnerUser user) {
        return Sql.stage(connection.preparedQuery(UPDATE_USER)
                .execute(Tuple.of(user.partnerId().value(), user.email().value(), user.name(), user.kind().name()))
                .compose(rows -> rows.rowCount() == 1
                        ? Future.<Void>succeededFuture()
                        : Future.<Void>failedFuture(DomainException.notFound("PARTNER_USER_NOT_FOUND",
                                "No such user in the partner account."))));
    }

    @Override
    public CompletionStage<Void> removePartnerUser(PartnerId partnerId, Email email, Instant at) {
        return Sql.stage(connection.preparedQuery(END_MEMBERSHIP)
                .execute(Tuple.of(partnerId.value(), email.value(), Sql.timestamp(at))).mapEmpty());
    }

    // client accounts

    @Override
    public CompletionStage<Optional<ClientAccount>> client(HubId hubId) {
        return Sql.stage(ClientRows.current(connection, hubId));
    }

    @Override
    public CompletionStage<Boolean> saveClient(ClientAccount client, Instant at) {
        Tuple values = Tuple.of(client.hubId().value(), client.name(), client.currency().code(), client.growthMarket(),
                Sql.timestamp(at), client.mrr());
        return Sql.stage(connection.preparedQuery(SAVE_CLIENT).execute(values)
                .map(rows -> rows.iterator().next().getBoolean("created")));
    }

    // seats

    @Override
    public CompletionStage<Optional<SeatStatus>> seat(HubId hubId, Email email) {
        return Sql.stage(connection.preparedQuery(SEAT).execute(Tuple.of(hubId.value(), email.value()))
                .map(rows -> Sql.first(rows, row -> SeatStatus.valueOf(row.getString("status")))));
    }

    @Override
    public CompletionStage<List<HubId>> seatedHubs(Email email) {
        return Sql.stage(connection.preparedQuery(SEATED_HUBS).execute(Tuple.of(email.value()))
                .map(rows -> Sql.map(rows, row -> HubId.of(row.getLong("hub_id")))));
    }

    @Override
    public CompletionStage<Void> setSeat(HubId hubId, Email email, SeatStatus status, Instant at) {
        Tuple values = Tuple.of(hubId.value(), email.value(), Sql.timestamp(at), status.name());
        return Sql.stage(connection.preparedQuery(END_OTHER_STATUS).execute(values)
                .compose(rows -> rows.iterator().next().getBoolean("unchanged")
                        ? Future.<Void>succeededFuture()
                        : connection.preparedQuery(OPEN_SEAT).execute(values).<Void>mapEmpty()));
    }

    @Override
    public CompletionStage<Void> removeSeat(HubId hubId, Email email, Instant at) {
        return Sql.stage(connection.preparedQuery(END_SEAT)
                .execute(Tuple.of(hubId.value(), email.value(), Sql.timestamp(at))).mapEmpty());
    }

    @Override
    public CompletionStage<Set<Email>> seatedUsers(PartnerId partnerId, HubId hubId) {
        return Sql.stage(connection.preparedQuery(SEATED_USERS).execute(Tuple.of(partnerId.value(), hubId.value()))
                .map(rows -> emails(rows)));
    }

    // assignments

    @Override
    public CompletionStage<Set<Email>> assignedUsers(PartnerId partnerId, HubId hubId) {
        return Sql.stage(connection.preparedQuery(ASSIGNED_USERS).execute(Tuple.of(partnerId.value(), hubId.value()))
                .map(rows -> emails(rows)));
    }

    @Override
    public CompletionStage<Set<HubId>> assignedHubs(PartnerId partnerId, Email email) {
        return Sql.stage(connection.preparedQuery(ASSIGNED_HUBS).execute(Tuple.of(partnerId.value(), email.value()))
                .map(rows -> {
                    Set<HubId> hubs = new LinkedHashSet<>();
                    rows.forEach(row -> hubs.add(HubId.of(row.getLong("hub_id"))));
                    return hubs;
                }));
    }

    @Override
    public CompletionStage<Void> assign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
        return Sql.stage(connection.preparedQuery(ASSIGN)
                .execute(Tuple.of(partnerId.value(), email.value(), hubId.value(), Sql.timestamp(at)))
                .compose(rows -> rows.iterator().next().getBoolean("present")
                        ? Future.<Void>succeededFuture()
                        : Future.<Void>failedFuture(DomainException.notFound("PARTNER_USER_NOT_FOUND",
                                "No such user in the partner account."))));
    }

    @Override
    public CompletionStage<Void> unassign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
        return Sql.stage(connection.preparedQuery(UNASSIGN)
                .execute(Tuple.of(partnerId.value(), email.value(), hubId.value(), Sql.timestamp(at))).mapEmpty());
    }

    // ends and activities

    @Override
    public CompletionStage<Void> recordEnd(RelationshipEnd end) {
        return Sql.stage(connection.preparedQuery(RECORD_END)
                .execute(Tuple.of(end.partnerId().value(), end.hubId().value(), Sql.timestamp(end.endedAt()),
                        end.reason().name()))
                .mapEmpty());
    }

    @Override
    public CompletionStage<List<String>> assetIds(HubId hubId, Email email) {
        return Sql.stage(connection.preparedQuery(ASSET_IDS).execute(Tuple.of(hubId.value(), email.value()))
                .map(rows -> Sql.map(rows, row -> row.getString("asset_id")).stream().sorted().toList()));
    }

    @Override
    public CompletionStage<List<RecordedActivity>> activitiesFrom(HubId hubId, Instant from) {
        return Sql.stage(connection.preparedQuery(ACTIVITIES_FROM).execute(Tuple.of(hubId.value(), Sql.timestamp(from)))
                .map(rows -> Sql.map(rows, ClientRows::recordedActivity)));
    }

    @Override
    public CompletionStage<List<RecordedActivity>> activitiesOfToolFrom(String tool, Instant from) {
        return Sql.stage(connection.preparedQuery(ACTIVITIES_OF_TOOL_FROM).execute(Tuple.of(tool, Sql.timestamp(from)))
                .map(rows -> Sql.map(rows, ClientRows::recordedActivity)));
    }

    @Override
    public CompletionStage<Void> reattribute(RecordedActivity activity, boolean qualifies, List<PartnerId> attributedTo) {
        String[] now = attributedTo.stream().map(PartnerId::value).distinct().sorted().toArray(String[]::new);
        String[] dropped = activity.attributedTo().stream().map(PartnerId::value)
                .filter(p -> !List.of(now).contains(p)).toArray(String[]::new);
        String[] added = Stream.of(now)
                .filter(p -> activity.attributedTo().stream().noneMatch(old -> old.value().equals(p)))
                .toArray(String[]::new);
        return Sql.stage(connection.preparedQuery(REATTRIBUTE)
                .execute(Tuple.of(activity.activity().id().value(), now, dropped, added, qualifies))
                .mapEmpty());
    }

    // catalogue

    @Override
    public CompletionStage<QualifyingCatalogue> qualifyingCatalogue() {
        return Sql.stage(connection.preparedQuery(CataloguePersistenceAdapter.ALL).execute()
                .map(CataloguePersistenceAdapter::catalogue));
    }

    @Override
    public CompletionStage<Boolean> saveQualifyingActions(QualifyingActions actions) {
        Tuple values = Tuple.tuple().addString(actions.tool()).addOffsetDateTime(Sql.timestamp(actions.effectiveFrom()))
                .addArrayOfString(actions.actions().toArray(String[]::new));
        return Sql.stage(connection.preparedQuery(SAVE_QUALIFYING_ACTIONS).execute(values)
                .map(rows -> rows.iterator().next().getBoolean("created")));
    }

    @Override
    public CompletionStage<Void> recordAudit(AuditEntry entry) {
        return Sql.stage(connection.preparedQuery(AuditRows.INSERT).execute(AuditRows.insertParameters(entry))
                .mapEmpty());
    }

    private static Set<Email> emails(io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rows) {
        Set<Email> emails = new java.util.TreeSet<>(java.util.Comparator.comparing(Email::value));
        rows.forEach(row -> emails.add(Email.of(row.getString("email"))));
        return emails;
    }
}
