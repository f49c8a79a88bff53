package com.managedmrr.web.ui.signin;

import com.managedmrr.domain.port.SignInAttemptPort;
import com.managedmrr.domain.signin.SignInSlowdown;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Slows down repeated failed sign-ins, separately per account (the login's canonical e-mail) and per client address,
 * with the counts in a {@link SignInAttemptPort} that every instance shares. Each attempt is counted before its
 * password is checked, atomically with the decision to let it through (see {@link SignInSlowdown} for the waits); a
 * successful sign-in clears the account's count and takes back the one counted on the address.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES_PER_ACCOUNT = 3;
    public static final int FREE_FAILURES_PER_ADDRESS = 10;
    public static final Duration MAX_DELAY = SignInSlowdown.MAX_DELAY;

    private final SignInAttemptPort attempts;
    private final Clock clock;

    public SignInThrottle(SignInAttemptPort attempts, Clock clock) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts an attempt, or answers how long the caller must wait first (then nothing is counted). */
    public CompletionStage<Optional<Duration>> attempt(String account, String address) {
        return attempts.attempt(List.of(new SignInAttemptPort.Key(accountKey(account), FREE_FAILURES_PER_ACCOUNT),
                new SignInAttemptPort.Key(addressKey(address), FREE_FAILURES_PER_ADDRESS)), clock.instant());
    }

    public CompletionStage<Void> succeeded(String account, String address) {
        return attempts.succeeded(accountKey(account), addressKey(address));
    }

    static Duration delay(int beyondFree) {
        return SignInSlowdown.delay(beyondFree);
    }

    private static String accountKey(String canonicalEmail) {
        return "account:" + canonicalEmail;
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
