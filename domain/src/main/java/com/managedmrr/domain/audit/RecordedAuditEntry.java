package com.managedmrr.domain.audit;

import java.util.Objects;

/** An audit entry as stored, with its id: ids grow in the order entries were recorded (commands run one at a time). */
public record RecordedAuditEntry(long id, AuditEntry entry) {

    public RecordedAuditEntry {
        if (id <= 0) {
            throw new IllegalArgumentException("an audit entry's id is positive");
        }
        Objects.requireNonNull(entry, "entry");
    }
}
