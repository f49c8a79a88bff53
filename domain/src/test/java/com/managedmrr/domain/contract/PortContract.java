package com.managedmrr.domain.contract;

import com.managedmrr.domain.credit.ServicingSpans;
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
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ActivityLedgerPort;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.testing.AccessSteps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What every store contract shares: the ports under test, awaiting their stages, and fixtures.
 *
 * <p>An implementation may hand every test of a class the same store (a database per class), so each test makes
 * its own partners, client accounts and e-mails with fresh identities and never assumes an empty store. Tests that
 * change the catalogue or the point units use tools and currencies no other test uses.
 */
public abstract class PortContract {

    /** Instants of the tests' histories: T(n) is n hours after the start of 2026. */
    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final long RUN = ThreadLocalRandom.current().nextLong(1, 9_000_000);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The ports of the implementation under test; may be the same store for every test of a class. */
    protected abstract StorePorts ports();

    protected static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    protected static long next() {
        return SEQUENCE.incrementAndGet();
    }

    protected static PartnerId newPartnerId() {
        return PartnerId.of("p" + RUN + "-" + next());
    }

    protected static HubId newHubId() {
        return HubId.of(RUN * 1_000_000L + next());
    }

    /** A fresh e-mail in the domain (employees of a partner made by {@link #givenPartner()} use "acme.example"). */
    protected static Email newEmail(String name, String domain) {
        return Email.of(name + "-" + RUN + "-" + next() + "@" + domain);
    }

    protected static Email newEmail(String name) {
        return newEmail(name, "acme.example");
    }

    protected static ActivityId newActivityId() {
        return ActivityId.of("evt-" + RUN + "-" + next());
    }

    /** The stage's value; its failure rethrown as is (unwrapped), so tests can assert on the port's own exception. */
    protected static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("the port did not answer within " + TIMEOUT, e);
        }
    }

    /** Runs one command and waits for it. */
    protected <T> T command(Function<AccessCommandPort, CompletionStage<T>> work) {
        return await(ports().commands().inTransaction(work));
    }

    /** Runs one ingestion batch and waits for it. */
    protected <T> T ingestion(Function<ActivityLedgerPort, CompletionStage<T>> work) {
        return await(ports().ingestion().inTransaction(work));
    }

    // fixtures

    protected Partner givenPartner() {
        Partner partner = new Partner(newPartnerId(), "Acme Agency", List.of("acme.example"));
        command(store -> store.savePartner(partner));
        return partner;
    }

    protected PartnerUser givenPartnerUser(Partner partner, Email email, PartnerUserKind kind, Instant at) {
        PartnerUser user = new PartnerUser(partner.id(), email, "User " + email.value(), kind);
        command(store -> AccessSteps.on(store).addPartnerUser(user, at));
        return user;
    }

    protected PartnerUser givenEmployee(Partner partner, Email email, Instant at) {
        return givenPartnerUser(partner, email, PartnerUserKind.EMPLOYEE, at);
    }

    protected ClientAccount givenClient(String currency, String mrr, Instant at) {
        ClientAccount client = new ClientAccount(newHubId(), "Globex " + next(), CurrencyCode.of(currency),
                new BigDecimal(mrr), false);
        command(store -> store.saveClient(client, at));
        return client;
    }

    protected ClientAccount givenClient(Instant at) {
        return givenClient("USD", "1000.00", at);
    }

    protected static Activity activity(ActivityId id, HubId hubId, Email email, Instant at, String assetId) {
        return new Activity(id, hubId, email, "BLOG", "PUBLISH", at, assetId);
    }

    /** A qualifying activity as the ingestion would record it, attributed to the partners given. */
    protected static RecordedActivity recorded(HubId hubId, Email email, Instant at, PartnerId... attributedTo) {
        return new RecordedActivity(activity(newActivityId(), hubId, email, at, null), attributedTo.length > 0,
                Arrays.asList(attributedTo));
    }

    /** Stores the activities in one ingestion batch; answers the ids stored. */
    protected Set<ActivityId> givenActivities(RecordedActivity... activities) {
        List<RecordedActivity> batch = List.of(activities);
        return ingestion(ledger -> ledger.insertNew(batch)
                .thenCompose(inserted -> ledger.lockSpans(ServicingSpans.relationshipsOf(batch))
                        .thenCompose(stored -> ledger.saveSpans(ServicingSpans.afterBatch(stored, batch, inserted)))
                        .thenApply(saved -> inserted)));
    }

    protected static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
