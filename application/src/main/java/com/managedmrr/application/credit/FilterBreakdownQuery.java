package com.managedmrr.application.credit;

import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner's breakdown at an instant, its rows narrowed by the search and, when {@code expiringOnly}, to the credit
 * expiring soon ({@link ExpiringCredit}); the totals are the whole breakdown's.
 */
public record FilterBreakdownQuery(PartnerId partnerId, Instant at, Optional<String> search, boolean expiringOnly) {

    public FilterBreakdownQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(search, "search");
    }
}
