package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Breakdown;
import java.util.Objects;
import java.util.Optional;

/** A breakdown whose rows are one page (its totals cover every row), and the cursor of the next page, if any. */
public record BreakdownPage(Breakdown breakdown, Optional<String> next) {

    public BreakdownPage {
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(next, "next");
    }
}
