package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.AccessSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.store.Standing;
import com.managedmrr.domain.store.StandingKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link com.managedmrr.domain.port.ActivityLedgerPort} inside
 * {@link com.managedmrr.domain.port.ActivityIngestionPort}, and the activities read back through
 * {@link com.managedmrr.domain.port.ClientQueryPort#recentActivities}.
 */
public abstract class ActivityLedgerContract extends PortContract {

    @Test
    void knownAndUnknownHubIds_existingClients_answersTheKnownOnes() {
        ClientAccount first = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        HubId unknown = newHubId();

        Set<HubId> existing = ingestion(ledger -> ledger.existingClients(List.of(first.hubId(), unknown, second.hubId(), first.hubId())));

        assertThat(existing).containsExactlyInAnyOrder(first.hubId(), second.hubId());
    }

    /**
     * ann joins the partner at 1, gets a seat at 2, is assigned at 3, deactivated at 4, reactivated at 5 and
     * removed from the partner (and unassigned) at 6; her seat stays.
     */
    @Test
    void aHistory_standings_answerTheSeatAndTheAssignedMembersAtEachKeysInstant() {
        Partner partner = givenPartner();
        Partner other = givenPartner();
        ClientAccount client = givenClient(t(0));
        HubId hub = client.hubId();
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        givenEmployee(other, ann, t(1));
        command(store -> AccessSteps.on(store).setSeat(hub, ann, SeatStatus.ACTIVE, t(2)));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, hub, t(3)).thenCompose(x -> AccessSteps.on(store).assign(other.id(), ann, hub, t(3))));
        command(store -> AccessSteps.on(store).setSeat(hub, ann, SeatStatus.DEACTIVATED, t(4)));
        command(store -> AccessSteps.on(store).setSeat(hub, ann, SeatStatus.ACTIVE, t(5)));
        command(store -> AccessSteps.on(store).unassign(partner.id(), ann, hub, t(6)).thenCompose(x -> AccessSteps.on(store).removePartnerUser(partner.id(), ann, t(6))));

        Map<Instant, Standing> expected = Map.of(
                t(1), Standing.NONE,
                t(2), new Standing(Optional.of(SeatStatus.ACTIVE), List.of()),
                t(3), new Standing(Optional.of(SeatStatus.ACTIVE), sorted(partner, other)),
                t(4).minusNanos(1000), new Standing(Optional.of(SeatStatus.ACTIVE), sorted(partner, other)),
                t(4), new Standing(Optional.of(SeatStatus.DEACTIVATED), sorted(partner, other)),
                t(5), new Standing(Optional.of(SeatStatus.ACTIVE), sorted(partner, other)),
                t(6), new Standing(Optional.of(SeatStatus.ACTIVE), List.of(other.id())),
                t(99), new Standing(Optional.of(SeatStatus.ACTIVE), List.of(other.id())));
        List<StandingKey> keys = expected.keySet().stream().map(at -> new StandingKey(hub, ann, at)).toList();

        Map<StandingKey, Standing> standings = ingestion(ledger -> ledger.standings(keys));

        expected.forEach((at, standing) ->
                assertThat(standings.get(new StandingKey(hub, ann, at))).as("standing at %s", at).isEqualTo(standing));
    }

    @Test
    void anEmailWithNoSeatAndNoPartner_standings_answerNone() {
        ClientAccount client = givenClient(t(0));
        StandingKey key = new StandingKey(client.hubId(), newEmail("nobody"), t(5));
        StandingKey unknownClient = new StandingKey(newHubId(), newEmail("nobody"), t(5));

        Map<StandingKey, Standing> standings = ingestion(ledger -> ledger.standings(List.of(key, unknownClient)));

        assertThat(standings.get(key)).isEqualTo(Standing.NONE);
        assertThat(standings.get(unknownClient)).isEqualTo(Standing.NONE);
    }

    @Test
    void knownIds_insertNew_storesOnlyTheNewOnes_andKeepsTheFirstVersion() {
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        ActivityId a = newActivityId();
        ActivityId b = newActivityId();
        ActivityId c = newActivityId();
        RecordedActivity firstB = new RecordedActivity(activity(b, client.hubId(), ann, t(2), null), true, List.of());

        Set<ActivityId> firstBatch = ingestion(ledger -> ledger.insertNew(List.of(
                new RecordedActivity(activity(a, client.hubId(), ann, t(1), null), true, List.of()), firstB)));
        Set<ActivityId> secondBatch = ingestion(ledger -> ledger.insertNew(List.of(
                new RecordedActivity(new Activity(b, client.hubId(), ann, "EMAIL", "CREATE", t(5), "x"), false, List.of()),
                new RecordedActivity(activity(c, client.hubId(), ann, t(3), null), true, List.of()))));

        assertThat(firstBatch).containsExactlyInAnyOrder(a, b);
        assertThat(secondBatch).containsExactly(c);
        List<RecordedActivity> stored = await(ports().clients().recentActivities(client.hubId(), 10));
        assertThat(stored).extracting(r -> r.activity().id()).containsExactly(c, b, a);
        assertThat(stored.get(1)).isEqualTo(firstB);
    }

    @Test
    void storedActivities_stored_answersThemAsFirstReceived_andLeavesUnknownIdsOut() {
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        Activity first = new Activity(newActivityId(), client.hubId(), ann, "BLOG", "PUBLISH", t(2), "post-9");
        Activity second = activity(newActivityId(), client.hubId(), ann, t(3), null);
        ActivityId unknown = newActivityId();
        ingestion(ledger -> ledger.insertNew(List.of(new RecordedActivity(first, true, List.of()),
                new RecordedActivity(second, false, List.of()))));
        ingestion(ledger -> ledger.insertNew(List.of(new RecordedActivity(
                new Activity(first.id(), client.hubId(), ann, "EMAIL", "EDIT", t(4), null), false, List.of()))));

        Map<ActivityId, Activity> stored = ingestion(ledger -> ledger.stored(List.of(first.id(), unknown, second.id())));

        assertThat(stored).containsOnly(Map.entry(first.id(), first), Map.entry(second.id(), second));
        Map<ActivityId, Activity> none = ingestion(ledger -> ledger.stored(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void activities_recentActivities_answersNewestFirst_withQualificationAndAttributions_upToTheLimit() {
        Partner acme = givenPartner();
        Partner beta = givenPartner();
        ClientAccount client = givenClient(t(0));
        ClientAccount other = givenClient(t(0));
        Email ann = newEmail("ann");
        RecordedActivity oldest = new RecordedActivity(new Activity(newActivityId(), client.hubId(), ann, "CRM", "VIEW", t(1), null), false, List.of());
        RecordedActivity shared = new RecordedActivity(new Activity(ActivityId.of("zz-" + next()), client.hubId(), ann, "BLOG", "PUBLISH", t(2), "post-9"),
                true, List.of(acme.id(), beta.id()).stream().sorted((x, y) -> x.value().compareTo(y.value())).toList());
        RecordedActivity sameInstant = new RecordedActivity(new Activity(ActivityId.of("aa-" + next()), client.hubId(), ann, "EMAIL", "EDIT", t(2), null),
                true, List.of(acme.id()));
        RecordedActivity newest = new RecordedActivity(new Activity(newActivityId(), client.hubId(), ann, "EMAIL", "CREATE", t(3), null), true, List.of());
        RecordedActivity elsewhere = recorded(other.hubId(), ann, t(4));
        givenActivities(oldest, newest, sameInstant, elsewhere, shared);

        assertThat(await(ports().clients().recentActivities(client.hubId(), 50)))
                .containsExactly(newest, shared, sameInstant, oldest);
        assertThat(await(ports().clients().recentActivities(client.hubId(), 2))).containsExactly(newest, shared);
        assertThat(await(ports().clients().recentActivities(newHubId(), 50))).isEmpty();
    }

    @Test
    void anIngestionWorkThatFails_nothingOfTheBatch_isStored() {
        ClientAccount client = givenClient(t(0));
        RecordedActivity activity = recorded(client.hubId(), newEmail("ann"), t(1));
        IllegalStateException refusal = new IllegalStateException("refused by the work");

        assertThatThrownBy(() -> ingestion(ledger -> ledger.insertNew(List.of(activity))
                .thenCompose(ids -> CompletableFuture.<Set<ActivityId>>failedFuture(refusal))))
                .isSameAs(refusal);

        assertThat(await(ports().clients().recentActivities(client.hubId(), 10))).isEmpty();
        assertThat(givenActivities(activity)).containsExactly(activity.activity().id());
    }

    /** Batches racing with overlapping ids: each activity is stored once, and the answers partition the ids. */
    @Test
    void concurrentBatchesWithOverlappingIds_insertNew_storesEachOnce_andTheAnswersPartitionTheIds() {
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        List<RecordedActivity> all = IntStream.range(0, 60)
                .mapToObj(i -> recorded(client.hubId(), ann, t(1).plusSeconds(i)))
                .toList();
        List<CompletionStage<Set<ActivityId>>> batches = new ArrayList<>();
        for (int batch = 0; batch < 8; batch++) {
            List<RecordedActivity> slice = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if ((i + batch) % 3 != 0) {
                    slice.add(all.get((i * 7 + batch * 11) % all.size()));
                }
            }
            List<RecordedActivity> distinct = slice.stream().distinct().toList();
            batches.add(ports().ingestion().inTransaction(ledger -> ledger.insertNew(distinct)));
        }
        List<RecordedActivity> everything = new ArrayList<>(all);
        java.util.Collections.reverse(everything);
        batches.add(ports().ingestion().inTransaction(ledger -> ledger.insertNew(everything)));

        List<Set<ActivityId>> answers = batches.stream().map(PortContract::await).toList();

        Set<ActivityId> union = new HashSet<>();
        int total = 0;
        for (Set<ActivityId> answer : answers) {
            union.addAll(answer);
            total += answer.size();
        }
        Set<ActivityId> expected = all.stream().map(r -> r.activity().id()).collect(Collectors.toSet());
        assertThat(union).isEqualTo(expected);
        assertThat(total).as("no id is answered by two batches").isEqualTo(expected.size());
        assertThat(await(ports().clients().recentActivities(client.hubId(), 1000))).hasSize(expected.size());
    }

    private static List<com.managedmrr.domain.model.PartnerId> sorted(Partner... partners) {
        return java.util.Arrays.stream(partners).map(Partner::id)
                .sorted((x, y) -> x.value().compareTo(y.value())).toList();
    }
}
