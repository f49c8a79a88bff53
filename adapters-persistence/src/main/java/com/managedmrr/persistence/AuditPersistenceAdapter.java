package com.managedmrr.persistence;

import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AuditQueryPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * Reads a partner's audit trail (entries are appended by the commands, {@link AccessPersistenceAdapter#recordAudit}).
 * Entry ids come from an identity column and commands hold the command lock, so ids grow in the order recorded.
 */
final class AuditPersistenceAdapter implements AuditQueryPort {

    private final Pool pool;

    AuditPersistenceAdapter(Pool pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    @Override
    public CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, int limit, OptionalLong beforeId) {
        if (limit <= 0) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(pool.preparedQuery(AuditRows.TRAIL)
                .execute(Tuple.of(partnerId.value(), beforeId.orElse(Long.MAX_VALUE), limit))
                .map(rows -> Sql.map(rows, AuditRows::recorded)));
    }

    @Override
    public CompletionStage<List<RecordedAuditEntry>> all(int limit, OptionalLong beforeId) {
        if (limit <= 0) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        return Sql.stage(pool.preparedQuery(AuditRows.ALL)
                .execute(Tuple.of(beforeId.orElse(Long.MAX_VALUE), limit))
                .map(rows -> Sql.map(rows, AuditRows::recorded)));
    }
}
