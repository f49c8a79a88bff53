package com.managedmrr.web.ui.signin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

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
    void theFreeFailures_costNothing() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.failed("ann@acme.example", "10.0.0.1");
        }

        assertThat(throttle.waitBefore("ann@acme.example", "10.0.0.1")).isEmpty();
    }

    @Test
    void accounts_compareLikeEmails() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            throttle.failed(" Ann@ACME.example", "10.0.0." + i);
        }

        assertThat(throttle.waitBefore("ann@acme.example", "10.0.0.9")).contains(Duration.ofSeconds(1));
    }

    @Test
    void success_clearsTheAccount_butNotTheAddress() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("ann@acme.example", "10.0.0.1");
        }
        throttle.succeeded("ann@acme.example");

        assertThat(throttle.waitBefore("ann@acme.example", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitBefore("bo@acme.example", "10.0.0.1")).isPresent();
    }

    @Test
    void failures_areForgottenAfterAnHourWithoutOne() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < 8; i++) {
            throttle.failed("ann@acme.example", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(61));
        throttle.failed("ann@acme.example", "10.0.0.1");

        assertThat(throttle.waitBefore("ann@acme.example", "10.0.0.1")).isEmpty();
    }
}
