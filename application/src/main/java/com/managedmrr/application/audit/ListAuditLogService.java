package com.managedmrr.application.audit;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.AuditQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

public final class ListAuditLogService implements ListAuditLogUseCase {

    private final AuditQueryPort audit;

    public ListAuditLogService(AuditQueryPort audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<AuditTrailPage> listAuditLog(AuditLogQuery query) {
        return Stages.attempt(() -> audit.all(PageCut.toRead(query.limit()), query.before())
                .thenApply(read -> {
                    PageCut page = PageCut.of(read, query.limit(), UnaryOperator.identity());
                    return new AuditTrailPage(page.entries(), page.next());
                }));
    }
}
