package com.managedmrr.application.audit;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A partner's audit trail, newest first. Each entry is shown as that partner sees it: only the effects on its own
 * accounts (and those on nobody's), and another partner's command without naming that partner or its admin.
 */
public final class ListAuditTrailService implements ListAuditTrailUseCase {

    private final PartnerQueryPort partners;
    private final AuditQueryPort audit;

    public ListAuditTrailService(PartnerQueryPort partners, AuditQueryPort audit) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<AuditTrailPage> listAuditTrail(AuditTrailQuery query) {
        return Stages.attempt(() -> Require.partner(partners, query.partnerId())
                .thenCompose(partner -> audit.trail(query.partnerId(), PageCut.toRead(query.limit()),
                        query.before()))
                .thenApply(read -> {
                    PageCut page = PageCut.of(read, query.limit(), recorded -> new RecordedAuditEntry(recorded.id(),
                            recorded.entry().asSeenBy(query.partnerId())));
                    return new AuditTrailPage(page.entries(), page.next());
                }));
    }
}
