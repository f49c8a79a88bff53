package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.testing.AccessSteps;
import com.managedmrr.domain.access.ImmediateEndPolicy;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.store.RecordedActivity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Commands are serialised across the pool, ingestion batches run side by side, and neither interleaves with the other. */
class ConcurrencyIT {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Test
    void twoConcurrentCommandsEachRemovingOneOfTheLastTwoSeats_theEnd_isRecordedExactlyOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            Partner partner = partner();
            HubId hub = client();
            Email ann = Email.of("ann-" + SEQUENCE.incrementAndGet() + "@acme.example");
            Email bob = Email.of("bob-" + SEQUENCE.incrementAndGet() + "@acme.example");
            command(store -> AccessSteps.on(store).addPartnerUser(new PartnerUser(partner.id(), ann, "Ann", PartnerUserKind.EMPLOYEE), T0)
                    .thenCompose(x -> AccessSteps.on(store).addPartnerUser(new PartnerUser(partner.id(), bob, "Bob", PartnerUserKind.EMPLOYEE), T0))
                    .thenCompose(x -> AccessSteps.on(store).setSeat(hub, ann, SeatStatus.ACTIVE, T0))
                    .thenCompose(x -> AccessSteps.on(store).setSeat(hub, bob, SeatStatus.ACTIVE, T0)));
            Instant at = T0.plusSeconds(60);

            CompletionStage<Void> first = postgres.adapters().commands().inTransaction(store -> removeSeat(store, partner.id(), hub, ann, at));
            CompletionStage<Void> second = postgres.adapters().commands().inTransaction(store -> removeSeat(store, partner.id(), hub, bob, at));
            first.toCompletableFuture().get(30, TimeUnit.SECONDS);
            second.toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertThat(count("SELECT count(*) FROM relationship_ends WHERE partner_id = ? AND hub_id = ?", partner.id().value(), hub.value()))
                    .isEqualTo(1);
        }
    }

    @Test
    void commandsThatPause_theyRunOneAtATime() throws Exception {
        ConcurrentLinkedQueue<long[]> intervals = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> commands = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            commands.add(postgres.adapters().commands().<Void>inTransaction(store -> timed(intervals,
                    () -> AccessSteps.on(store).partner(PartnerId.of("nobody")).thenApply(x -> null))).toCompletableFuture());
        }
        CompletableFuture.allOf(commands.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i)[0]).as("command %s starts after the one before ended", i).isGreaterThanOrEqualTo(sorted.get(i - 1)[1]);
        }
    }

    @Test
    void ingestionBatchesThatPause_theyRunSideBySide_andACommandWaitsForThem() throws Exception {
        ConcurrentLinkedQueue<long[]> batches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> commands = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> firstStarted = new CompletableFuture<>();
        CompletableFuture<Void> secondStarted = new CompletableFuture<>();
        CompletableFuture<Void> bothStarted = CompletableFuture.allOf(firstStarted, secondStarted);
        // each batch holds its transaction open until the other one is inside its own: only shared locks allow that
        CompletableFuture<Void> first = postgres.adapters().ingestion().<Void>inTransaction(ledger -> {
            firstStarted.complete(null);
            return bothStarted.thenCompose(x -> timed(batches, () -> ledger.existingClients(List.of(HubId.of(1))).thenApply(y -> null)));
        }).toCompletableFuture();
        CompletableFuture<Void> second = postgres.adapters().ingestion().<Void>inTransaction(ledger -> {
            secondStarted.complete(null);
            return bothStarted.thenCompose(x -> timed(batches, () -> ledger.existingClients(List.of(HubId.of(1))).thenApply(y -> null)));
        }).toCompletableFuture();
        bothStarted.get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> command = postgres.adapters().commands().<Void>inTransaction(store -> timed(commands,
                () -> CompletableFuture.completedFuture(null))).toCompletableFuture();
        CompletableFuture.allOf(first, second, command).get(30, TimeUnit.SECONDS);

        List<long[]> ingestion = new ArrayList<>(batches);
        long[] commandInterval = commands.peek();
        assertThat(ingestion).hasSize(2);
        assertThat(Math.max(ingestion.get(0)[0], ingestion.get(1)[0]))
                .as("the batches overlap").isLessThan(Math.min(ingestion.get(0)[1], ingestion.get(1)[1]));
        assertThat(commandInterval[0]).as("the command starts after both batches")
                .isGreaterThanOrEqualTo(Math.max(ingestion.get(0)[1], ingestion.get(1)[1]));
    }

    @Test
    void manyConcurrentBatchesWithOverlappingIds_eachActivityAndAttribution_isStoredOnce() throws Exception {
        Partner acme = partner();
        Partner beta = partner();
        HubId hub = client();
        Email ann = Email.of("ann-" + SEQUENCE.incrementAndGet() + "@acme.example");
        List<RecordedActivity> pool = IntStream.range(0, 1000)
                .mapToObj(i -> new RecordedActivity(new Activity(ActivityId.of("c-" + hub + "-" + i), hub, ann, "BLOG", "PUBLISH",
                        T0.plusSeconds(i), null), true, List.of(acme.id(), beta.id())))
                .toList();
        Random random = new Random(42);
        List<CompletableFuture<Set<ActivityId>>> batches = new ArrayList<>();
        for (int b = 0; b < 16; b++) {
            List<RecordedActivity> batch = new ArrayList<>(pool);
            Collections.shuffle(batch, random);
            List<RecordedActivity> slice = List.copyOf(batch.subList(0, 300));
            batches.add(postgres.adapters().ingestion().inTransaction(ledger -> ledger.insertNew(slice)).toCompletableFuture());
        }
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        Set<ActivityId> union = new HashSet<>();
        int answered = 0;
        for (CompletableFuture<Set<ActivityId>> batch : batches) {
            union.addAll(batch.get());
            answered += batch.get().size();
        }
        assertThat(answered).as("no id answered twice").isEqualTo(union.size());
        assertThat(count("SELECT count(*) FROM activities WHERE hub_id = ?", hub.value())).isEqualTo(union.size());
        assertThat(count("SELECT count(*) FROM attributions WHERE hub_id = ?", hub.value())).isEqualTo(2L * union.size());
    }

    /** Reads, pauses, removes the seat, and ends the relationship when none of the partner's users is left seated. */
    private static CompletionStage<Void> removeSeat(AccessCommandPort store, PartnerId partner, HubId hub, Email email, Instant at) {
        return AccessSteps.on(store).seatedUsers(partner, hub)
                .thenCompose(before -> pause(100).thenCompose(x -> AccessSteps.on(store).removeSeat(hub, email, at))
                        .thenCompose(x -> AccessSteps.on(store).seatedUsers(partner, hub))
                        .thenCompose(after -> {
                            Optional<EndReason> end = ImmediateEndPolicy.afterSeatRemoved(before.contains(email), after);
                            return end.isEmpty()
                                    ? CompletableFuture.<Void>completedFuture(null)
                                    : AccessSteps.on(store).recordEnd(new RelationshipEnd(partner, hub, at, end.get()));
                        }));
    }

    private static <T> CompletionStage<T> timed(ConcurrentLinkedQueue<long[]> intervals, java.util.function.Supplier<CompletionStage<T>> work) {
        long start = System.nanoTime();
        return work.get().thenCompose(value -> pause(200).thenApply(x -> {
            intervals.add(new long[] {start, System.nanoTime()});
            return value;
        }));
    }

    private static CompletionStage<Void> pause(long millis) {
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    private static Partner partner() throws Exception {
        Partner partner = new Partner(PartnerId.of("p-" + SEQUENCE.incrementAndGet()), "Acme", List.of("acme.example"));
        command(store -> store.savePartner(partner));
        return partner;
    }

    private static HubId client() throws Exception {
        HubId hub = HubId.of(10_000 + SEQUENCE.incrementAndGet());
        command(store -> store.saveClient(new ClientAccount(hub, "Globex", CurrencyCode.of("USD"), BigDecimal.TEN, false), T0));
        return hub;
    }

    private static <T> T command(Function<AccessCommandPort, CompletionStage<T>> work) throws Exception {
        return postgres.adapters().commands().inTransaction(work).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = postgres.database().openConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
