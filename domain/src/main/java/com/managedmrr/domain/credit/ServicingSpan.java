package com.managedmrr.domain.credit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A maximal interval [from, to) during which a relationship is active (docs/rules.md §5.5), with the last attributed
 * activity in it. {@code from} is its first activity's instant. A span is empty (from = to) only for activities cut
 * by an immediate end at their own instant: they never counted, but they are still the latest activity there.
 */
public record ServicingSpan(Instant from, Instant to, AttributedActivity last) {

    public ServicingSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(last, "last");
        if (to.isBefore(from) || last.occurredAt().isBefore(from)) {
            throw new IllegalArgumentException("a span ends before it starts: " + from + ", " + to + ", " + last);
        }
    }

    /** Is the relationship active at t? */
    public boolean covers(Instant t) {
        return covers(from, to, t);
    }

    /** Does the span [from, to) cover t? (For a span known only by its bounds.) */
    public static boolean covers(Instant from, Instant to, Instant t) {
        return !from.isAfter(t) && t.isBefore(to);
    }

    /**
     * The latest attributed activity at or before t, when this is the latest span starting at or before t and its
     * last activity is not after t; empty when the span has activities after t (a past instant inside the span),
     * which only the ledger can answer.
     */
    public Optional<AttributedActivity> lastKnownAt(Instant t) {
        return last.occurredAt().isAfter(t) ? Optional.empty() : Optional.of(last);
    }
}
