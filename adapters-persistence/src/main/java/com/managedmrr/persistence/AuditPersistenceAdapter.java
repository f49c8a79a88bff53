package com.managedmrr.persistence;

import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AuditQueryPort;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
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
