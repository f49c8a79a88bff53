package com.managedmrr.domain.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The counts of failed admin sign-ins, per key (an account's canonical e-mail, a client address), shared by every
 * server instance. An attempt is counted before its password is checked, atomically with the decision to let it
 * through, so simultaneous attempts cannot all slip past the limit; a successful one is taken back afterwards.
 */
public interface SignInAttemptPort {

    /**
     * Atomically: when no key must wait ({@link com.managedmrr.domain.signin.SignInSlowdown#waitBefore}), counts the attempt as a failure on every
     * key and answers empty; otherwise counts nothing and answers the longest wait.
     */
    CompletionStage<Optional<Duration>> attempt(List<Key> keys, Instant now);

    /** The attempt succeeded: the account's failures are forgotten, and the one counted on the address is taken back. */
    CompletionStage<Void> succeeded(String accountKey, String addressKey);

    /** A key and how many failures it may have before each further one makes it wait. */
    record Key(String name, int freeFailures) {
        public Key {
            Objects.requireNonNull(name, "name");
        }
    }

    /** How many failures a key has had (since it last went an hour without one), and when the last was. */
    record Failures(int count, Instant last) {
        public Failures {
            Objects.requireNonNull(last, "last");
        }
    }
}
