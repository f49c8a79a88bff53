package com.managedmrr.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.port.AccessCommandPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The fake's transactions: all or nothing, one at a time, never blocking. */
class InMemoryStoreTest {

    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
    private static final PartnerId ACME = PartnerId.of("acme");

    private final InMemoryStore store = new InMemoryStore();

    private <T> T command(java.util.function.Function<AccessCommandPort, CompletionStage<T>> work) {
        return store.commands().inTransaction(work).toCompletableFuture().join();
    }

    private static PartnerUser user(int i) {
        return new PartnerUser(ACME, Email.of("u" + i + "@acme.example"), "User " + i, PartnerUserKind.EMPLOYEE);
    }

    private void givenAcme() {
        command(s -> s.savePartner(new Partner(ACME, "Acme", List.of("acme.example"))));
    }

    @Test
    void failedCommand_changesNothing() {
        givenAcme();

        CompletionStage<Void> failed = store.commands().inTransaction(s -> AccessSteps.on(s).addPartnerUser(user(1), T)
                .thenCompose(added -> CompletableFuture.failedFuture(new IllegalArgumentException("refused"))));

        assertThatThrownBy(() -> failed.toCompletableFuture().join()).hasRootCauseMessage("refused");
        java.util.Optional<PartnerUser> found = command(s -> AccessSteps.on(s).partnerUser(ACME, user(1).email()));
        assertThat(found).isEmpty();
    }

    @Test
    void workThatThrows_failsTheStageAndChangesNothing() {
        givenAcme();

        CompletionStage<Void> failed = store.commands().inTransaction(s -> {
            AccessSteps.on(s).addPartnerUser(user(1), T);
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> failed.toCompletableFuture().join()).isInstanceOf(CompletionException.class);
        java.util.Optional<PartnerUser> found = command(s -> AccessSteps.on(s).partnerUser(ACME, user(1).email()));
        assertThat(found).isEmpty();
    }

    @Test
    void storeUsedAfterItsTransactionCompleted_refuses() {
        AtomicReference<AccessCommandPort> leaked = new AtomicReference<>();
        command(s -> {
            leaked.set(s);
            return CompletableFuture.completedFuture(null);
        });

        assertThatThrownBy(() -> leaked.get().savePartner(new Partner(ACME, "Acme", List.of("acme.example"))).toCompletableFuture().join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void brokenPrecondition_failsTheStage() {
        givenAcme();
        command(s -> AccessSteps.on(s).addPartnerUser(user(1), T));

        assertThatThrownBy(() -> command(s -> AccessSteps.on(s).addPartnerUser(user(1), T))).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void transactions_runOneAtATime_aLaterOneWaitsForAnUnfinishedOne() {
        givenAcme();
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletionStage<Void> first = store.commands().inTransaction(s -> AccessSteps.on(s).addPartnerUser(user(1), T)
                .thenCompose(added -> release));
        List<Boolean> secondSaw = new ArrayList<>();
        CompletionStage<Void> second = store.commands().inTransaction(s -> AccessSteps.on(s).partnerUser(ACME, user(1).email())
                .thenAccept(found -> secondSaw.add(found.isPresent())));

        assertThat(second.toCompletableFuture()).isNotDone();
        assertThat(store.partnerUsers(ACME).toCompletableFuture().join()).as("not committed yet").isEmpty();
        release.complete(null);

        first.toCompletableFuture().join();
        second.toCompletableFuture().join();
        assertThat(secondSaw).containsExactly(true);
    }

    @Test
    void concurrentCommands_fromManyThreads_allApply() throws InterruptedException {
        givenAcme();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(CompletableFuture.supplyAsync(() -> store.commands().inTransaction(s -> AccessSteps.on(s).addPartnerUser(user(n), T)),
                    threads).thenCompose(stage -> stage));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(store.partnerUsers(ACME).toCompletableFuture().join()).hasSize(200);
    }
}
