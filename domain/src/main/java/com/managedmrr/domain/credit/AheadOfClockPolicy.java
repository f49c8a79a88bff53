package com.managedmrr.domain.credit;

import java.time.Duration;
import java.time.Instant;

/**
 * docs/rules.md §4.4: an activity may be received dated up to 5 minutes ahead of the server clock, and no further.
 * Until the clock reaches it, it is pending: a command changes the standings from its instant on, so it judges the
 * pending activities again ({@code AccessChange}).
 */
public final class AheadOfClockPolicy {

    /** How far ahead of the server clock an activity may be dated. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private AheadOfClockPolicy() {
    }

    /** Whether an activity dated {@code occurredAt} is refused when received at {@code now}. */
    public static boolean tooFarAhead(Instant occurredAt, Instant now) {
        return occurredAt.isAfter(now.plus(MAX_AHEAD));
    }
}
