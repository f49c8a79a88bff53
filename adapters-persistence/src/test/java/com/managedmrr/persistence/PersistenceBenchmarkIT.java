package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.credit.AttributionPolicy;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.RecordedActivity;
import com.managedmrr.domain.port.Standing;
import com.managedmrr.domain.port.StandingKey;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.PgPoolFactory;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Timings of the breakdown query and of ingestion batches through the adapters, on a database loaded with a
 * production-sized data set: {@code benchmark-data.sql} beside this class (50k clients, 5M activities, a partner with
 * 2,000 clients named {@code big}). Runs only when {@value #VARIABLE} names that database; prints its numbers.
 */
@EnabledIfEnvironmentVariable(named = PersistenceBenchmarkIT.VARIABLE, matches = ".+")
class PersistenceBenchmarkIT {

    static final String VARIABLE = "MRR_BENCHMARK_DATABASE_URL";
    private static final int POOL_SIZE = 10;
    private static final Instant AT = Instant.parse("2024-09-01T00:00:00Z");

    private static Vertx vertx;
    private static Pool pool;
    private static PersistenceAdapters adapters;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        pool = PgPoolFactory.create(vertx, DatabaseUrl.parse(System.getenv(VARIABLE)), POOL_SIZE);
        adapters = PersistenceAdapters.on(pool, POOL_SIZE);
    }

    @AfterAll
    static void close() throws Exception {
        pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void breakdownOfAPartnerWith2000Clients() throws Exception {
        PartnerId big = PartnerId.of("big");
        for (int i = 0; i < 20; i++) {
            await(adapters.breakdowns().clientFacts(big, AT));
        }
        long[] nanos = new long[300];
        int rows = 0;
        for (int i = 0; i < nanos.length; i++) {
            Instant t = AT.plusSeconds(3600L * i);
            long start = System.nanoTime();
            List<ClientFacts> facts = await(adapters.breakdowns().clientFacts(big, t));
            nanos[i] = System.nanoTime() - start;
            rows = facts.size();
        }
        System.out.println("clientFacts(big, t), " + rows + " clients: " + percentiles(nanos));
        long[] raw = new long[nanos.length];
        for (int i = 0; i < raw.length; i++) {
            Instant t = AT.plusSeconds(3600L * i);
            long start = System.nanoTime();
            await(pool.preparedQuery(BreakdownPersistenceAdapter.PARTNER_FACTS)
                    .execute(io.vertx.sqlclient.Tuple.of(big.value(), t.atOffset(java.time.ZoneOffset.UTC)))
                    .toCompletionStage());
            raw[i] = System.nanoTime() - start;
        }
        System.out.println("  the same statement without mapping rows to the domain: " + percentiles(raw));
        assertThat(rows).isEqualTo(2000);

        long[] one = new long[300];
        long[] users = new long[300];
        for (int i = 0; i < one.length; i++) {
            HubId hub = HubId.of(1 + (i * 7L) % 2000);
            long start = System.nanoTime();
            await(adapters.breakdowns().clientFacts(big, hub, AT));
            one[i] = System.nanoTime() - start;
            start = System.nanoTime();
            await(adapters.breakdowns().userStandings(big, hub, AT));
            users[i] = System.nanoTime() - start;
        }
        System.out.println("clientFacts(big, hub, t): " + percentiles(one));
        System.out.println("userStandings(big, hub, t): " + percentiles(users));
    }

    @Test
    void ingestionOf500ActivityBatches() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicLong sequence = new AtomicLong();
        for (int i = 0; i < 5; i++) {
            ingest(batch(run, sequence, 500));
        }
        long[] nanos = new long[30];
        long[] standingsNanos = new long[nanos.length];
        long[] insertNanos = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            List<Activity> batch = batch(run, sequence, 500);
            long start = System.nanoTime();
            long[] phases = ingest(batch);
            nanos[i] = System.nanoTime() - start;
            standingsNanos[i] = phases[0];
            insertNanos[i] = phases[1];
        }
        System.out.println("ingestion of 500, one at a time, whole transaction: " + percentiles(nanos));
        System.out.println("  standings(500 keys): " + percentiles(standingsNanos));
        System.out.println("  insertNew(500): " + percentiles(insertNanos));

        int streams = 8;
        int batchesPerStream = 40;
        long start = System.nanoTime();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int b = 0; b < batchesPerStream; b++) {
                chain = chain.thenCompose(x -> ingestAsync(batch(run, sequence, 500)).thenApply(phases -> null));
            }
            running.add(chain);
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long activities = (long) streams * batchesPerStream * 500;
        System.out.printf("ingestion, %d concurrent streams of 500-activity batches: %d activities in %.2f s = %.0f activities/s%n",
                streams, activities, seconds, activities / seconds);
    }

    /** As the ingestion service does it: clients, standings, attribution, insert; answers the phases' nanos. */
    private static long[] ingest(List<Activity> batch) {
        return await(ingestAsync(batch));
    }

    private static CompletionStage<long[]> ingestAsync(List<Activity> batch) {
        return adapters.ingestion().inTransaction(ledger -> ledger.existingClients(batch.stream().map(Activity::hubId).toList())
                .thenCompose(existing -> {
                    long standingsStart = System.nanoTime();
                    List<StandingKey> keys = batch.stream().map(a -> new StandingKey(a.hubId(), a.userEmail(), a.occurredAt())).toList();
                    return ledger.standings(keys).thenCompose(standings -> {
                        long standingsNanos = System.nanoTime() - standingsStart;
                        List<RecordedActivity> recorded = batch.stream().map(a -> {
                            Standing standing = standings.getOrDefault(new StandingKey(a.hubId(), a.userEmail(), a.occurredAt()), Standing.NONE);
                            return new RecordedActivity(a, true, AttributionPolicy.attributedPartners(true, standing.seat(), standing.assignedMembers()));
                        }).toList();
                        long insertStart = System.nanoTime();
                        return ledger.insertNew(recorded).thenApply(inserted -> {
                            if (inserted.size() != batch.size()) {
                                throw new IllegalStateException("inserted " + inserted.size());
                            }
                            return new long[] {standingsNanos, System.nanoTime() - insertStart};
                        });
                    });
                }));
    }

    private static List<Activity> batch(String run, AtomicLong sequence, int size) {
        List<Activity> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long n = sequence.incrementAndGet();
            long hub = 1 + (n * 7919) % 50_000;
            Email email = Email.of("u" + (hub % 20) + "@p" + (hub % 1000) + ".example");
            batch.add(new Activity(ActivityId.of("bench-" + run + "-" + n), HubId.of(hub), email, "BLOG", "PUBLISH",
                    Instant.parse("2025-06-01T00:00:00Z").plusSeconds(n), n % 3 == 0 ? "asset-" + (n % 50) : null));
        }
        return batch;
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("min %.1f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", sorted[0] / 1e6,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
