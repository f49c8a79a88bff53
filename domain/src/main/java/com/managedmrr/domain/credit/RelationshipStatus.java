package com.managedmrr.domain.credit;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a partner is servicing a client at an instant. When servicing: the activity that keeps the relationship
 * alive and when it expires. When not: why (EXPIRED, an ENDED_ reason with its instant, or NO_QUALIFYING_ACTIVITY
 * when nothing was ever attributed — the explanation refines that last one from the users' standings).
 */
public record RelationshipStatus(boolean servicing, Optional<AttributedActivity> keptAliveBy, Optional<ReasonCode> reason,
                                 Optional<Instant> endedAt) {

    public Optional<Instant> expiresAt() {
        return servicing ? keptAliveBy.map(AttributedActivity::expiresAt) : Optional.empty();
    }
}
