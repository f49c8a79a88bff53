package com.managedmrr.persistence;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads of partners shared by the command store and the query adapter (on a connection or on the pool). */
final class PartnerRows {

    private PartnerRows() {
    }

    /** {@link #partner(Templates, PartnerId)} on a command's connection. */
    static Future<Optional<Partner>> partner(SqlClient client, PartnerId partnerId) {
        return partner(new Templates(client), partnerId);
    }

    static Future<Optional<Partner>> partner(Templates templates, PartnerId partnerId) {
        return templates.query("""
                SELECT p.name,
                       coalesce(array_agg(d.domain ORDER BY d.position) FILTER (WHERE d.domain IS NOT NULL), '{}')
                           AS domains
                FROM partners p
                LEFT JOIN partner_email_domains d ON d.partner_id = p.partner_id
                WHERE p.partner_id = #{partnerId}
                GROUP BY p.partner_id, p.name""")
                .mapTo(row -> new Partner(partnerId, row.getString("name"), List.of(row.getArrayOfStrings("domains"))))
                .execute(Map.of("partnerId", partnerId.value()))
                .map(Sql::first);
    }

    /** A partner user from a row with partner_id, email, name and kind. */
    static PartnerUser partnerUser(Row row) {
        return new PartnerUser(PartnerId.of(row.getString("partner_id")), Email.of(row.getString("email")),
                row.getString("name"), PartnerUserKind.valueOf(row.getString("kind")));
    }
}
