package com.managedmrr.application.audit;

import com.managedmrr.domain.model.DomainException;
import java.util.Objects;
import java.util.OptionalLong;

/** One page of the whole audit trail: at most {@code limit} entries, newest first, older than entry {@code before}. */
public record AuditLogQuery(int limit, OptionalLong before) {

    public AuditLogQuery {
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > AuditTrailQuery.MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + AuditTrailQuery.MAX_LIMIT);
        }
        if (before.isPresent() && before.getAsLong() < 1) {
            throw DomainException.invalid("before", "must be a positive audit entry id");
        }
    }
}
