package com.managedmrr.application.audit;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.port.AuditQueryPort;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

public final class ListAuditLogService implements ListAuditLogUseCase {

    private final AuditQueryPort audit;

    public ListAuditLogService(AuditQueryPort audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<AuditTrailPage> listAuditLog(AuditLogQuery query) {
        return Stages.attempt(() -> audit.all(query.limit() + 1, query.before())
                .thenApply(found -> {
                    List<RecordedAuditEntry> page = found.stream().limit(query.limit()).toList();
                    OptionalLong next = found.size() > query.limit()
                            ? OptionalLong.of(page.get(page.size() - 1).id())
                            : OptionalLong.empty();
                    return new AuditTrailPage(page, next);
                }));
    }
}
