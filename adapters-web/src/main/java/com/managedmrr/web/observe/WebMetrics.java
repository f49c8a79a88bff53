package com.managedmrr.web.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the web adapter counts and times, on the registry bootstrap gives it: request latency as a histogram by route
 * template, method and status class; activities accepted, duplicate and rejected (by reason) from the ingestion use
 * case's answers (and conflicts: a known id re-sent with other content); admin sign-ins by outcome. Every label takes a value from a fixed set.
 */
public final class WebMetrics {

    /** Latency buckets (upper bounds) of the request histogram. */
    static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Why an activity of a batch was rejected. */
    public enum Rejection {
        /** Not an activity: wrong types, missing fields. */
        MALFORMED("malformed"),
        /** Dated more than 5 minutes ahead of the server clock. */
        TOO_FAR_AHEAD("too_far_ahead"),
        /** For a client account that does not exist. */
        UNKNOWN_CLIENT_ACCOUNT("unknown_client_account");

        private final String label;

        Rejection(String label) {
            this.label = label;
        }
    }

    /** How an admin's sign-in ended. */
    public enum SignIn {
        SUCCEEDED, FAILED, THROTTLED
    }

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter conflicts;
    private final Map<Rejection, Counter> rejected = new EnumMap<>(Rejection.class);
    private final Map<SignIn, Counter> signIns = new EnumMap<>(SignIn.class);

    public WebMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        accepted = Counter.builder("mrr.activities.accepted").description("Activities stored").register(registry);
        duplicates = Counter.builder("mrr.activities.duplicate")
                .description("Activities whose id was already known (nothing changed)").register(registry);
        conflicts = Counter.builder("mrr.activities.conflict")
                .description("Activities whose id was known with other content (nothing changed)").register(registry);
        for (Rejection reason : Rejection.values()) {
            rejected.put(reason, Counter.builder("mrr.activities.rejected").tag("reason", reason.label)
                    .description("Activities refused, by reason").register(registry));
        }
        for (SignIn outcome : SignIn.values()) {
            signIns.put(outcome, Counter.builder("mrr.sign.ins").tag("outcome", outcome.name().toLowerCase())
                    .description("Admin UI sign-ins, by outcome").register(registry));
        }
    }

    /** Counts nothing anywhere: for routers built without a registry (tests). */
    public static WebMetrics none() {
        return new WebMetrics(new CompositeMeterRegistry());
    }

    /** One answered request. */
    public void request(String route, String method, int status, long nanos) {
        Timer.builder("mrr.http.server.requests")
                .description("Time to answer a request, by route template, method and status class")
                .tag("route", route)
                .tag("method", METHODS.contains(method) ? method : "other")
                .tag("status", statusClass(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The answer to one batch of activities. */
    public void activities(int acceptedCount, int duplicateCount, int conflictCount,
                           Map<Rejection, Integer> rejectedByReason) {
        accepted.increment(acceptedCount);
        duplicates.increment(duplicateCount);
        conflicts.increment(conflictCount);
        rejectedByReason.forEach((reason, count) -> rejected.get(reason).increment(count));
    }

    public void signIn(SignIn outcome) {
        signIns.get(outcome).increment();
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
