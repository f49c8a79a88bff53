package com.managedmrr.application.credit;

import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner's breakdown at an instant, its rows narrowed by the search and, when {@code expiringOnly}, to the credit
 * expiring soon ({@link ExpiringCredit}), in the order asked for; the totals are the whole breakdown's.
 */
public record FilterBreakdownQuery(PartnerId partnerId, Instant at, Optional<String> search, boolean expiringOnly,
                                   BreakdownSort sort) {

    public FilterBreakdownQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(sort, "sort");
    }

    /** The rows in the breakdown's own order (client name, then Hub ID). */
    public FilterBreakdownQuery(PartnerId partnerId, Instant at, Optional<String> search, boolean expiringOnly) {
        this(partnerId, at, search, expiringOnly, BreakdownSort.DEFAULT);
    }
}
