package com.managedmrr.web.testing;

import com.managedmrr.domain.port.SignInAttemptPort;
import com.managedmrr.domain.signin.SignInSlowdown;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Failed sign-in counts in this process's memory: for a server without a database (tests). Bounded: keys idle for an
 * hour are pruned, and past a hard limit new keys are not counted.
 */
public final class InMemorySignInAttempts implements SignInAttemptPort {

    private static final int PRUNE_ABOVE = 10_000;
    private static final int HARD_LIMIT = 200_000;

    private final Map<String, Failures> failures = new HashMap<>();

    @Override
    public synchronized CompletionStage<Optional<Duration>> attempt(List<Key> keys, Instant now) {
        Duration longest = Duration.ZERO;
        for (Key key : keys) {
            Duration wait = SignInSlowdown.waitBefore(failures.get(key.name()), key.freeFailures(), now);
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        if (!longest.isZero()) {
            return CompletableFuture.completedFuture(Optional.of(longest));
        }
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> SignInSlowdown.forgotten(f, now));
        }
        for (Key key : keys) {
            if (failures.size() < HARD_LIMIT || failures.containsKey(key.name())) {
                failures.put(key.name(), SignInSlowdown.plusOne(failures.get(key.name()), now));
            }
        }
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public synchronized CompletionStage<Void> succeeded(String accountKey, String addressKey) {
        failures.remove(accountKey);
        Failures address = failures.get(addressKey);
        if (address != null) {
            if (address.count() <= 1) {
                failures.remove(addressKey);
            } else {
                failures.put(addressKey, new Failures(address.count() - 1, address.last()));
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    synchronized int size() {
        return failures.size();
    }
}
