package com.managedmrr.domain.signin;

import com.managedmrr.domain.port.SignInAttemptPort;
import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow a key down: each key has a number of free failures; after that, every further failure makes
 * the key wait twice as long as the one before (1 s, 2 s, 4 s, ... at most {@link #MAX_DELAY}) before another attempt
 * is even checked. A key forgets its failures after {@link #FORGET_AFTER} without one.
 */
public final class SignInSlowdown {

    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private SignInSlowdown() {
    }

    /** How long the key must wait at {@code now} before an attempt is checked; zero or negative when it need not. */
    public static Duration waitBefore(SignInAttemptPort.Failures failures, int free, Instant now) {
        if (failures == null || forgotten(failures, now) || failures.count() <= free - 1) {
            return Duration.ZERO;
        }
        Instant until = failures.last().plus(delay(failures.count() - free));
        return Duration.between(now, until);
    }

    /** The failures after one more at {@code now}. */
    public static SignInAttemptPort.Failures plusOne(SignInAttemptPort.Failures failures, Instant now) {
        return failures == null || forgotten(failures, now)
                ? new SignInAttemptPort.Failures(1, now)
                : new SignInAttemptPort.Failures(failures.count() + 1, now);
    }

    public static boolean forgotten(SignInAttemptPort.Failures failures, Instant now) {
        return failures.last().plus(FORGET_AFTER).isBefore(now);
    }

    /** 1 s after the first failure beyond the free ones, doubling each time, at most {@link #MAX_DELAY}. */
    public static Duration delay(int beyondFree) {
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        if (beyondFree >= 20) {
            return MAX_DELAY;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
