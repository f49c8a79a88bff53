package com.managedmrr.application.audit;

import com.managedmrr.domain.audit.RecordedAuditEntry;
import java.util.List;
import java.util.OptionalLong;

/**
 * A page of a partner's audit trail, newest first, each entry as that partner sees it
 * ({@link com.managedmrr.domain.audit.AuditEntry#asSeenBy}); {@code nextBefore} is the {@code before} of the next
 * (older) page, empty on the last page.
 */
public record AuditTrailPage(List<RecordedAuditEntry> entries, OptionalLong nextBefore) {

    public AuditTrailPage {
        entries = List.copyOf(entries);
    }
}
