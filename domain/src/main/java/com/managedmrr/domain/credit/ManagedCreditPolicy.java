package com.managedmrr.domain.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * docs/rules.md §5: each attributed activity keeps the relationship alive from its instant (inclusive) for 60 days
 * (exclusive); an immediate end cuts every activity at or before it.
 */
public final class ManagedCreditPolicy {

    public static final Duration WINDOW = Duration.ofDays(60);

    private ManagedCreditPolicy() {
    }

    /** Does this activity keep the relationship alive at t, given the latest end at or before t? */
    public static boolean counts(AttributedActivity activity, Optional<RelationshipEnd> lastEnd, Instant t) {
        return !activity.occurredAt().isAfter(t)
                && t.isBefore(activity.expiresAt())
                && lastEnd.filter(end -> !end.endedAt().isAfter(t))
                        .map(end -> end.endedAt().isBefore(activity.occurredAt()))
                        .orElse(true);
    }

    /** The relationship's status at t from its facts as of t. */
    public static RelationshipStatus statusAt(RelationshipFacts facts, Instant t) {
        Optional<RelationshipEnd> lastEnd = facts.lastEndAt(t);
        Optional<AttributedActivity> last = facts.lastAttributed().filter(a -> !a.occurredAt().isAfter(t));
        if (last.isEmpty()) {
            return new RelationshipStatus(false, Optional.empty(), Optional.of(ReasonCode.NO_QUALIFYING_ACTIVITY), Optional.empty());
        }
        AttributedActivity activity = last.get();
        if (counts(activity, lastEnd, t)) {
            return new RelationshipStatus(true, last, Optional.empty(), Optional.empty());
        }
        Optional<RelationshipEnd> cutBy = facts.firstEndAfter(activity, t).filter(end -> endCutLiveCredit(end, activity));
        if (cutBy.isPresent()) {
            RelationshipEnd end = cutBy.get();
            return new RelationshipStatus(false, Optional.empty(), Optional.of(end.reason().reasonCode()), Optional.of(end.endedAt()));
        }
        return new RelationshipStatus(false, Optional.empty(), Optional.of(ReasonCode.EXPIRED),
                Optional.of(activity.expiresAt()));
    }

    /** An end explains the lack of credit only when it came while the activity was still counting. */
    private static boolean endCutLiveCredit(RelationshipEnd end, AttributedActivity activity) {
        return !end.endedAt().isBefore(activity.occurredAt()) && end.endedAt().isBefore(activity.expiresAt());
    }
}
