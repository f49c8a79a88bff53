package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.contract.PortContract;
import com.managedmrr.domain.contract.StorePorts;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.testing.AccessSteps;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The read model PostgreSQL keeps (servicing spans, docs/rules.md §5.5) against the one computed again from the ledger
 * ({@link ReadModelRebuild}, what {@code --rebuild-spans} and the migration run): after random batches sent
 * concurrently and in any order, immediate ends and re-judged activities, they are the same; a stored span that
 * differs is reported and replaced.
 */
class ReadModelRebuildIT extends PortContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }

    @Test
    void randomBatchesInAnyOrder_sentConcurrently_withEndsBetween_keepTheSpansTheLedgerGives() throws Exception {
        Random random = new Random(20_261_201L);
        Partner acme = givenPartner();
        Partner beta = givenPartner();
        List<ClientAccount> clients = List.of(givenClient(t(0)), givenClient(t(0)), givenClient(t(0)));
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        givenEmployee(acme, ann, t(0));
        givenPartnerUser(beta, bob, PartnerUserKind.CONTRACTOR, t(0));
        for (ClientAccount client : clients) {
            command(store -> AccessSteps.on(store).assign(acme.id(), ann, client.hubId(), t(0))
                    .thenCompose(x -> AccessSteps.on(store).assign(beta.id(), bob, client.hubId(), t(0))));
        }
        for (int round = 0; round < 3; round++) {
            List<RecordedActivity> activities = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                HubId hub = clients.get(random.nextInt(clients.size())).hubId();
                Instant at = T0.plus(Duration.ofHours(1 + random.nextInt(24 * 200)));
                activities.add(random.nextBoolean() ? recorded(hub, ann, at, acme.id()) : recorded(hub, bob, at, beta.id()));
            }
            Collections.shuffle(activities, random);
            List<CompletableFuture<?>> batches = new ArrayList<>();
            for (int from = 0; from < activities.size(); from += 25) {
                List<RecordedActivity> batch = activities.subList(from, Math.min(activities.size(), from + 25));
                batches.add(CompletableFuture.runAsync(() -> givenActivities(batch.toArray(RecordedActivity[]::new))));
            }
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).get();
            HubId ended = clients.get(round).hubId();
            RelationshipEnd end = new RelationshipEnd(round % 2 == 0 ? acme.id() : beta.id(), ended,
                    T0.plus(Duration.ofDays(40 + 50 * round)), EndReason.USERS_REMOVED_FROM_CLIENT);
            command(store -> AccessSteps.on(store).recordEnd(end));
        }
        RecordedActivity rejudged = command(store -> AccessSteps.on(store).activitiesFrom(clients.get(0).hubId(), T0)).get(0);
        command(store -> AccessSteps.on(store).reattribute(rejudged, false, List.of()));

        ReadModelRebuild.Report report = rebuild();

        assertThat(report.activities()).as("every test's, this one's 450 less the one judged anew").isGreaterThanOrEqualTo(449);
        assertThat(report.spans()).isGreaterThan(6);
        assertThat(report.consistent()).as("%s", report).isTrue();
    }

    @Test
    void aStoredSpanOrCopyThatDiffers_isReportedAndReplaced() throws Exception {
        Partner acme = givenPartner();
        Partner beta = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        givenEmployee(acme, ann, t(0));
        givenPartnerUser(beta, bob, PartnerUserKind.CONTRACTOR, t(0));
        command(store -> AccessSteps.on(store).assign(acme.id(), ann, client.hubId(), t(0))
                .thenCompose(x -> AccessSteps.on(store).assign(beta.id(), bob, client.hubId(), t(0))));
        givenActivities(recorded(client.hubId(), ann, t(1), acme.id()), recorded(client.hubId(), bob, t(2), beta.id()));
        assertThat(rebuild().consistent()).isTrue();

        execute("UPDATE partner_clients SET span_to[1] = span_to[1] + interval '1 day' WHERE partner_id = '"
                + acme.id().value() + "' AND hub_id = " + client.hubId().value());
        execute("UPDATE partner_clients SET name = 'Stale', other_to[1] = other_to[1] - interval '1 day' WHERE partner_id = '"
                + beta.id().value() + "' AND hub_id = " + client.hubId().value());
        ReadModelRebuild.Report report = rebuild();

        assertThat(report.differing()).isEqualTo(1);
        assertThat(report.examples()).containsExactly(acme.id().value() + "/" + client.hubId().value());
        assertThat(report.clientCopies()).isEqualTo(1);
        assertThat(report.siblingCopies()).as("beta's copy of acme's spans").isEqualTo(1);
        assertThat(rebuild().consistent()).as("replaced").isTrue();
    }

    private ReadModelRebuild.Report rebuild() throws SQLException {
        try (Connection db = postgres.database().openConnection()) {
            db.setAutoCommit(false);
            ReadModelRebuild.Report report = ReadModelRebuild.rebuildExclusively(db);
            db.commit();
            return report;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = postgres.database().openConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
