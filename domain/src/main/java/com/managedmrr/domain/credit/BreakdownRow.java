package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.ClientAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One client in a partner's breakdown. A row that is not servicing shows credit and points 0, shared with 0, no
 * expiry, and still its last attributed activity.
 */
public record BreakdownRow(ClientAccount client, boolean servicing, BigDecimal credit, BigDecimal points, int sharedWith,
                           Optional<Instant> lastActivityAt, Optional<Instant> expiresAt, RelationshipStatus status) {
}
