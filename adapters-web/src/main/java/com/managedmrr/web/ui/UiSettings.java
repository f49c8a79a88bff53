package com.managedmrr.web.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * How the admin UI runs.
 *
 * @param secureCookies  mark the session and CSRF cookies {@code Secure} (set it when the UI is served over HTTPS)
 * @param sessionTimeout how long a session (and its CSRF token) lasts without a request
 * @param csrfSecret     the key that signs CSRF tokens (at least 32 characters)
 * @param throttleClock  the clock the sign-in slowdown measures waits with
 */
public record UiSettings(boolean secureCookies, Duration sessionTimeout, String csrfSecret, Clock throttleClock) {

    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofHours(2);

    public UiSettings {
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(throttleClock, "throttleClock");
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("sessionTimeout must be positive");
        }
        if (csrfSecret == null || csrfSecret.length() < 32) {
            throw new IllegalArgumentException("csrfSecret must be at least 32 characters");
        }
    }

    /** Plain-HTTP cookies, two-hour sessions, a random CSRF key for this process, the system clock. */
    public static UiSettings defaults() {
        return new UiSettings(false, DEFAULT_SESSION_TIMEOUT, randomSecret(), Clock.systemUTC());
    }

    /** The defaults, with {@code Secure} cookies when the UI is served over HTTPS. */
    public static UiSettings overHttps(boolean https) {
        return new UiSettings(https, DEFAULT_SESSION_TIMEOUT, randomSecret(), Clock.systemUTC());
    }

    public UiSettings withThrottleClock(Clock clock) {
        return new UiSettings(secureCookies, sessionTimeout, csrfSecret, clock);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "UiSettings[secureCookies=" + secureCookies + ", sessionTimeout=" + sessionTimeout + "]";
    }
}
