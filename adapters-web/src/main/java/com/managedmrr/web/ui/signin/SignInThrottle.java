package com.managedmrr.web.ui.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed sign-ins, separately per account (the e-mail typed) and per client address. Each key has
 * a number of free failures; after that, every further failure makes the key wait twice as long as the one before
 * (1 s, 2 s, 4 s, ... at most {@link #MAX_DELAY}) before another attempt is even checked. A successful sign-in clears
 * the account's count, not the address's. Keys forget their failures after an hour without one.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES_PER_ACCOUNT = 3;
    public static final int FREE_FAILURES_PER_ADDRESS = 10;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int PRUNE_ABOVE = 10_000;
    private static final int HARD_LIMIT = 200_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long the caller must wait before this attempt is checked; empty when it may go ahead now. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = wait(accounts.get(key(account)), FREE_FAILURES_PER_ACCOUNT, now);
        Duration forAddress = wait(addresses.get(key(address)), FREE_FAILURES_PER_ADDRESS, now);
        Duration longest = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record(accounts, key(account), now);
        record(addresses, key(address), now);
    }

    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static String key(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Duration wait(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() <= free - 1) {
            return Duration.ZERO;
        }
        Instant until = failures.last().plus(delay(failures.count() - free));
        return Duration.between(now, until);
    }

    /** 1 s after the first failure beyond the free ones, doubling each time, at most {@link #MAX_DELAY}. */
    static Duration delay(int beyondFree) {
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        if (beyondFree >= 20) {
            return MAX_DELAY;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void record(Map<String, Failures> map, String key, Instant now) {
        if (map.size() > PRUNE_ABOVE) {
            prune(map, now);
        }
        if (map.size() >= HARD_LIMIT && !map.containsKey(key)) {
            return;
        }
        map.compute(key, (k, before) -> before == null || before.last().plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now)
                : new Failures(before.count() + 1, now));
    }

    private static void prune(Map<String, Failures> map, Instant now) {
        for (Iterator<Failures> it = map.values().iterator(); it.hasNext(); ) {
            if (it.next().last().plus(FORGET_AFTER).isBefore(now)) {
                it.remove();
            }
        }
    }

    private record Failures(int count, Instant last) {
    }
}
