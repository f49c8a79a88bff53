package com.managedmrr.persistence;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.store.PartnerUserAssignments;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads of partners and their present users, on the pool (outside any command). */
public final class PartnerPersistenceAdapter implements PartnerQueryPort {

    private final Templates templates;

    public PartnerPersistenceAdapter(Pool pool) {
        this.templates = new Templates(pool);
    }

    @Override
    public CompletionStage<Optional<Partner>> partner(PartnerId partnerId) {
        return Sql.stage(PartnerRows.partner(templates, partnerId));
    }

    /** A page of partners by id ({@code after} is '' for the first page: every id is longer). */
    @Override
    public CompletionStage<List<Partner>> partners(int limit, Optional<PartnerId> after) {
        return Sql.stage(templates.query("""
                SELECT p.partner_id, p.name,
                       array(SELECT d.domain FROM partner_email_domains d
                             WHERE d.partner_id = p.partner_id ORDER BY d.position) AS domains
                FROM partners p
                WHERE p.partner_id > #{after}
                ORDER BY p.partner_id
                LIMIT #{limit}""")
                .mapTo(row -> new Partner(PartnerId.of(row.getString("partner_id")), row.getString("name"),
                        List.of(row.getArrayOfStrings("domains"))))
                .execute(Map.of("after", after.map(PartnerId::value).orElse(""), "limit", limit))
                .map(Sql::list));
    }

    /** The partner's present users by e-mail, each with the clients assigned to them now in Hub ID order. */
    @Override
    public CompletionStage<List<PartnerUserAssignments>> partnerUsers(PartnerId partnerId) {
        return Sql.stage(templates.query("""
                SELECT u.partner_id, u.email, u.name, u.kind,
                       coalesce(array_agg(ap.hub_id ORDER BY ap.hub_id) FILTER (WHERE ap.hub_id IS NOT NULL), '{}')
                           AS hub_ids
                FROM partner_memberships m
                JOIN partner_users u ON u.partner_id = m.partner_id AND u.email = m.email
                LEFT JOIN assignment_periods ap
                    ON ap.partner_id = m.partner_id AND ap.email = m.email AND ap.valid_to IS NULL
                WHERE m.partner_id = #{partnerId} AND m.valid_to IS NULL
                GROUP BY u.partner_id, u.email, u.name, u.kind""")
                .mapTo(PartnerPersistenceAdapter::assignments)
                .execute(Map.of("partnerId", partnerId.value()))
                .map(rows -> Sql.list(rows).stream()
                        .sorted(Comparator.comparing(assignments -> assignments.user().email().value()))
                        .toList()));
    }

    private static PartnerUserAssignments assignments(Row row) {
        return new PartnerUserAssignments(PartnerRows.partnerUser(row),
                Arrays.stream(row.getArrayOfLongs("hub_ids")).map(HubId::of).toList());
    }
}
