package com.managedmrr.application.audit;

import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a partner's Activity log: the entries of its audit trail that match the filter, at most {@code limit},
 * newest first, older than entry {@code before} when given.
 */
public record ActivityLogQuery(PartnerId partnerId, AuditFilter filter, int limit, OptionalLong before) {

    public ActivityLogQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > AuditTrailQuery.MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + AuditTrailQuery.MAX_LIMIT);
        }
        if (before.isPresent() && before.getAsLong() < 1) {
            throw DomainException.invalid("before", "must be a positive audit entry id");
        }
        if (filter.from().isPresent() && filter.to().isPresent() && !filter.from().get().isBefore(filter.to().get())) {
            throw DomainException.invalid("to", "must be after from");
        }
    }
}
