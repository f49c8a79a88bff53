package com.managedmrr.application.audit;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.OptionalLong;

/** One page of a partner's audit trail: at most {@code limit} entries, newest first, older than entry {@code before}. */
public record AuditTrailQuery(PartnerId partnerId, int limit, OptionalLong before) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public AuditTrailQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (before.isPresent() && before.getAsLong() < 1) {
            throw DomainException.invalid("before", "must be a positive audit entry id");
        }
    }

    public static AuditTrailQuery newest(PartnerId partnerId) {
        return new AuditTrailQuery(partnerId, DEFAULT_LIMIT, OptionalLong.empty());
    }
}
