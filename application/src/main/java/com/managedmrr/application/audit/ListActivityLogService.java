package com.managedmrr.application.audit;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditFact;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

/**
 * A page of the partner's audit trail that matches the filter, read by the store (never the whole trail), each entry
 * as the partner sees it; then the names of the client accounts and users the page's entries and effects refer to,
 * in one look-up.
 */
public final class ListActivityLogService implements ListActivityLogUseCase {

    private final PartnerQueryPort partners;
    private final AuditQueryPort audit;

    public ListActivityLogService(PartnerQueryPort partners, AuditQueryPort audit) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<ActivityLogPage> listActivityLog(ActivityLogQuery query) {
        return Stages.attempt(() -> Require.partner(partners, query.partnerId())
                .thenCompose(partner -> audit.trail(query.partnerId(), query.filter(),
                        PageCut.toRead(query.limit()), query.before()))
                .thenCompose(read -> {
                    PageCut cut = PageCut.of(read, query.limit(), recorded -> new RecordedAuditEntry(recorded.id(),
                            recorded.entry().asSeenBy(query.partnerId())));
                    List<RecordedAuditEntry> page = cut.entries();
                    Set<HubId> hubIds = new TreeSet<>();
                    Set<Email> emails = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
                    for (RecordedAuditEntry recorded : page) {
                        AuditEntry entry = recorded.entry();
                        entry.hubId().ifPresent(hubIds::add);
                        entry.email().ifPresent(emails::add);
                        entry.effects().stream().map(AuditFact::read).forEach(fact -> {
                            fact.client().ifPresent(hubIds::add);
                            fact.user().ifPresent(emails::add);
                        });
                    }
                    return audit.names(query.partnerId(), hubIds, emails)
                            .thenApply(names -> new ActivityLogPage(page, cut.next(), names));
                }));
    }
}
