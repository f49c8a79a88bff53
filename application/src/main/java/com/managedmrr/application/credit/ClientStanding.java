package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner's standing on one client at an instant: its row of the breakdown (docs/rules.md §7: servicing, credit
 * in the client's currency then, points, shared with, expiry), empty when the partner had not been assigned to the
 * client at or before the instant, and the explanation (§8) with each user's steps.
 */
public record ClientStanding(Instant at, Optional<BreakdownRow> row, Explanation explanation) {

    public ClientStanding {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean servicing() {
        return row.map(BreakdownRow::servicing).orElse(false);
    }
}
