package com.managedmrr.application.credit;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A partner's points breakdown at an instant (default: now; a future instant is a projection), optionally searched. */
public record BreakdownQuery(PartnerId partnerId, Optional<Instant> at, Optional<String> search) {

    public BreakdownQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        at = at == null ? Optional.empty() : at;
        search = search == null ? Optional.empty() : search.filter(s -> !s.isBlank());
        if (search.isPresent() && search.get().length() > 200) {
            throw DomainException.invalid("q", "must be at most 200 characters");
        }
    }
}
