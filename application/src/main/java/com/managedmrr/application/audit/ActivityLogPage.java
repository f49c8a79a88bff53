package com.managedmrr.application.audit;

import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A page of a partner's Activity log: its entries newest first, each as that partner sees it
 * ({@link com.managedmrr.domain.audit.AuditEntry#asSeenBy}); {@code nextBefore} is the {@code before} of the next
 * (older) page, empty on the last; {@code names} names the client accounts and users the entries refer to.
 */
public record ActivityLogPage(List<RecordedAuditEntry> entries, OptionalLong nextBefore, AuditNames names) {

    public ActivityLogPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(nextBefore, "nextBefore");
        Objects.requireNonNull(names, "names");
    }
}
