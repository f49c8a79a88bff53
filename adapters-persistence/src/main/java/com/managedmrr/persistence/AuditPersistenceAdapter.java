package com.managedmrr.persistence;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AuditQueryPort;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads a partner's audit trail (entries are appended by the commands, {@link AccessPersistenceAdapter#recordAudit}).
 * Entry ids come from an identity column and commands hold the command lock, so ids grow in the order recorded.
 */
final class AuditPersistenceAdapter implements AuditQueryPort {

    private final Templates templates;

    AuditPersistenceAdapter(Pool pool) {
        this.templates = new Templates(Objects.requireNonNull(pool, "pool"));
    }

    /** The partner's entries and the catalogue and rate changes (which concern every partner), newest first. */
    @Override
    public CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, int limit, OptionalLong beforeId) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(templates.query("""
                SELECT e.audit_entry_id, e.at, e.actor_kind, e.actor_email, e.actor_name, e.action, e.partner_id,
                       e.hub_id, e.email, e.effects
                FROM audit_entries e
                WHERE e.audit_entry_id IN (
                    (SELECT p.audit_entry_id FROM audit_entry_partners p
                     WHERE p.partner_id = #{partnerId} AND p.audit_entry_id < #{beforeId}
                     ORDER BY p.audit_entry_id DESC LIMIT #{limit})
                    UNION
                    (SELECT every.audit_entry_id FROM audit_entries every
                     WHERE every.partner_id IS NULL AND every.action IN ('POINT_RATE_SET', 'QUALIFYING_ACTIONS_SET')
                       AND every.audit_entry_id < #{beforeId}
                     ORDER BY every.audit_entry_id DESC LIMIT #{limit}))
                ORDER BY e.audit_entry_id DESC
                LIMIT #{limit}""")
                .mapTo(AuditRows::recorded)
                .execute(Map.of("partnerId", partnerId.value(), "beforeId", beforeId.orElse(Long.MAX_VALUE),
                        "limit", limit))
                .map(Sql::list));
    }

    /**
     * The partner's entries that match the filter, newest first. The partner's trail is walked newest first through
     * the (partner_id, audit_entry_id) primary key of audit_entry_partners, merged with the every-partner entries'
     * own index, and the walk stops at {@code limit} matches: a query never reads the whole trail. The conditions
     * are those of {@link AuditFilter#matches}, each one off when its parameter is null.
     */
    @Override
    public CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, AuditFilter filter, int limit,
                                                           OptionalLong beforeId) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partnerId", partnerId.value());
        parameters.put("beforeId", beforeId.orElse(Long.MAX_VALUE));
        parameters.put("limit", limit);
        parameters.put("action", filter.action().map(AuditAction::name).orElse(null));
        parameters.put("hubId", filter.hubId().map(HubId::value).orElse(null));
        parameters.put("email", filter.email().map(Email::value).orElse(null));
        parameters.put("from", filter.from().map(Sql::timestamp).orElse(null));
        parameters.put("to", filter.to().map(Sql::timestamp).orElse(null));
        parameters.put("search", filter.search().orElse(null));
        return Sql.stage(templates.query("""
                WITH trail AS (
                    SELECT p.audit_entry_id FROM audit_entry_partners p WHERE p.partner_id = #{partnerId}
                    UNION ALL
                    SELECT every.audit_entry_id FROM audit_entries every
                    WHERE every.partner_id IS NULL AND every.action IN ('POINT_RATE_SET', 'QUALIFYING_ACTIONS_SET'))
                SELECT e.audit_entry_id, e.at, e.actor_kind, e.actor_email, e.actor_name, e.action, e.partner_id,
                       e.hub_id, e.email, e.effects
                FROM trail t JOIN audit_entries e ON e.audit_entry_id = t.audit_entry_id
                WHERE t.audit_entry_id < #{beforeId}
                  AND (#{action}::text IS NULL OR e.action = #{action}::text)
                  AND (#{from}::timestamptz IS NULL OR e.at >= #{from}::timestamptz)
                  AND (#{to}::timestamptz IS NULL OR e.at < #{to}::timestamptz)
                  AND (#{hubId}::bigint IS NULL OR e.hub_id = #{hubId}::bigint
                       OR (e.hub_id IS NULL AND e.action IN ('PARTNER_USER_UPSERTED', 'PARTNER_USER_REMOVED')
                           AND EXISTS (SELECT 1 FROM jsonb_array_elements(e.effects) f
                                       WHERE (f ->> 'partnerId' IS NULL OR f ->> 'partnerId' = #{partnerId})
                                         AND strpos(' ' || (f ->> 'text') || ' ',
                                                    ' ' || #{hubId}::bigint::text || ' ') > 0)))
                  AND (#{email}::text IS NULL OR e.email = #{email}::text
                       OR EXISTS (SELECT 1 FROM jsonb_array_elements(e.effects) f
                                  WHERE (f ->> 'partnerId' IS NULL OR f ->> 'partnerId' = #{partnerId})
                                    AND strpos(' ' || (f ->> 'text') || ' ', ' ' || #{email}::text || ' ') > 0))
                  AND (#{search}::text IS NULL
                       OR EXISTS (SELECT 1 FROM jsonb_array_elements(e.effects) f
                                  WHERE (f ->> 'partnerId' IS NULL OR f ->> 'partnerId' = #{partnerId})
                                    AND strpos(lower(f ->> 'text'), lower(#{search}::text)) > 0)
                       OR strpos(e.email, lower(#{search}::text)) > 0
                       OR strpos(e.hub_id::text, lower(#{search}::text)) > 0
                       OR EXISTS (SELECT 1 FROM client_accounts c
                                  WHERE c.hub_id = e.hub_id AND strpos(lower(c.name), lower(#{search}::text)) > 0)
                       OR EXISTS (SELECT 1 FROM partner_users u
                                  WHERE u.partner_id = #{partnerId} AND u.email = e.email
                                    AND strpos(lower(u.name), lower(#{search}::text)) > 0)
                       OR ((e.partner_id IS NULL OR e.partner_id = #{partnerId})
                           AND strpos(e.actor_email, lower(#{search}::text)) > 0))
                ORDER BY t.audit_entry_id DESC
                LIMIT #{limit}""")
                .mapTo(AuditRows::recorded)
                .execute(parameters)
                .map(Sql::list));
    }

    /** Client accounts' names by Hub ID and the partner's users' names by e-mail, each one query by primary key. */
    @Override
    public CompletionStage<AuditNames> names(PartnerId partnerId, Set<HubId> hubIds, Set<Email> emails) {
        Future<Map<HubId, String>> clients = hubIds.isEmpty() ? Future.succeededFuture(Map.of())
                : templates.query("""
                        SELECT c.hub_id, c.name FROM client_accounts c WHERE c.hub_id = ANY(#{hubIds}::bigint[])""")
                        .execute(Map.of("hubIds", hubIds.stream().map(HubId::value).toArray(Long[]::new)))
                        .map(rows -> {
                            Map<HubId, String> names = new HashMap<>();
                            rows.forEach(row -> names.put(HubId.of(row.getLong("hub_id")), row.getString("name")));
                            return names;
                        });
        Future<Map<Email, String>> users = emails.isEmpty() ? Future.succeededFuture(Map.of())
                : templates.query("""
                        SELECT u.email, u.name FROM partner_users u
                        WHERE u.partner_id = #{partnerId} AND u.email = ANY(#{emails}::text[])""")
                        .execute(Map.of("partnerId", partnerId.value(),
                                "emails", emails.stream().map(Email::value).toArray(String[]::new)))
                        .map(rows -> {
                            Map<Email, String> names = new HashMap<>();
                            rows.forEach(row -> names.put(Email.of(row.getString("email")), row.getString("name")));
                            return names;
                        });
        return Sql.stage(Future.all(clients, users).map(both -> new AuditNames(clients.result(), users.result())));
    }

    /** Every entry, newest first. */
    @Override
    public CompletionStage<List<RecordedAuditEntry>> all(int limit, OptionalLong beforeId) {
        if (limit <= 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(templates.query("""
                SELECT e.audit_entry_id, e.at, e.actor_kind, e.actor_email, e.actor_name, e.action, e.partner_id,
                       e.hub_id, e.email, e.effects
                FROM audit_entries e
                WHERE e.audit_entry_id < #{beforeId}
                ORDER BY e.audit_entry_id DESC
                LIMIT #{limit}""")
                .mapTo(AuditRows::recorded)
                .execute(Map.of("beforeId", beforeId.orElse(Long.MAX_VALUE), "limit", limit))
                .map(Sql::list));
    }
}
