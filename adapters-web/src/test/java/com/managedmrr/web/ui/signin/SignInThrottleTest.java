package com.managedmrr.web.ui.signin;

import com.managedmrr.web.testing.InMemorySignInAttempts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final InMemorySignInAttempts attempts = new InMemorySignInAttempts();

    private Instant now = Instant.parse("2026-01-05T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @ParameterizedTest
    @CsvSource({"-1,0", "0,1", "1,2", "2,4", "5,32", "9,512", "10,900", "40,900"})
    void theDelay_doublesUpTo15Minutes(int beyondFree, long seconds) {
        assertThat(SignInThrottle.delay(beyondFree)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void theFreeFailures_costNothing_thenTheNextAttemptWaits() {
        SignInThrottle throttle = new SignInThrottle(attempts, clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(attempt(throttle, "ann@acme.example", "10.0.0." + i)).as("attempt %d", i).isEmpty();
        }

        assertThat(attempt(throttle, "ann@acme.example", "10.0.0.9")).contains(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(attempt(throttle, "ann@acme.example", "10.0.0.9")).isEmpty();
    }

    @Test
    void simultaneousAttempts_areEachCountedBeforeAnyPasswordIsChecked() throws Exception {
        SignInThrottle throttle = new SignInThrottle(attempts, clock);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<java.util.Optional<Duration>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                results.add(pool.submit(() -> attempt(throttle, "ann@acme.example", "10.0.0.1")));
            }
            long through = 0;
            for (var result : results) {
                through += result.get().isEmpty() ? 1 : 0;
            }

            assertThat(through).isEqualTo(SignInThrottle.FREE_FAILURES_PER_ACCOUNT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void success_clearsTheAccount_andTakesBackTheAddressesCount() {
        SignInThrottle throttle = new SignInThrottle(attempts, clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS - 1; i++) {
            attempt(throttle, "user" + i + "@acme.example", "10.0.0.1");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(throttle, "ann@acme.example", "10.0.0.1")).as("sign-in %d", i).isEmpty();
            throttle.succeeded("ann@acme.example", "10.0.0.1").toCompletableFuture().join();
        }

        assertThat(attempt(throttle, "bo@acme.example", "10.0.0.1")).as("the address's tenth").isEmpty();
        assertThat(attempt(throttle, "cy@acme.example", "10.0.0.1")).as("the address's eleventh").isPresent();
    }

    @Test
    void failures_areForgottenAfterAnHourWithoutOne() {
        SignInThrottle throttle = new SignInThrottle(attempts, clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            attempt(throttle, "ann@acme.example", "10.0.0.1");
        }
        now = now.plus(Duration.ofHours(1)).plusSeconds(1);

        assertThat(attempt(throttle, "ann@acme.example", "10.0.0.1")).isEmpty();
    }

    private static java.util.Optional<Duration> attempt(SignInThrottle throttle, String account, String address) {
        return throttle.attempt(account, address).toCompletableFuture().join();
    }
}
