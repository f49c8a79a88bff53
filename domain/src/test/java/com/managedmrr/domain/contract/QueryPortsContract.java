package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.AccessSteps;
import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link com.managedmrr.domain.port.PartnerQueryPort} and {@link com.managedmrr.domain.port.ClientQueryPort}, outside commands. */
public abstract class QueryPortsContract extends PortContract {

    @Test
    void aPartner_partner_readsItBack_andAnUnknownOneIsEmpty() {
        Partner partner = givenPartner();

        assertThat(await(ports().partners().partner(partner.id()))).contains(partner);
        assertThat(await(ports().partners().partner(newPartnerId()))).isEmpty();
    }

    @Test
    void usersAndAssignments_partnerUsers_answersThePresentUsersByEmail_withTheirCurrentHubIdsAscending() {
        Partner partner = givenPartner();
        ClientAccount low = givenClient(t(0));
        ClientAccount high = givenClient(t(0));
        ClientAccount former = givenClient(t(0));
        Email zed = Email.of("zed-" + next() + "@acme.example");
        Email amy = Email.of("amy-" + next() + "@acme.example");
        Email gone = Email.of("gone-" + next() + "@acme.example");
        Email contractor = Email.of("max-" + next() + "@mail.example");
        PartnerUser zedUser = givenEmployee(partner, zed, t(1));
        PartnerUser amyUser = givenEmployee(partner, amy, t(1));
        givenEmployee(partner, gone, t(1));
        PartnerUser maxUser = givenPartnerUser(partner, contractor, PartnerUserKind.CONTRACTOR, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), amy, high.hubId(), t(2))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), amy, low.hubId(), t(2)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), amy, former.hubId(), t(2)))
                .thenCompose(x -> AccessSteps.on(store).unassign(partner.id(), amy, former.hubId(), t(3)))
                .thenCompose(x -> AccessSteps.on(store).removePartnerUser(partner.id(), gone, t(3))));

        List<PartnerUserAssignments> users = await(ports().partners().partnerUsers(partner.id()));

        assertThat(users).containsExactly(
                new PartnerUserAssignments(amyUser, List.of(low.hubId(), high.hubId())),
                new PartnerUserAssignments(maxUser, List.of()),
                new PartnerUserAssignments(zedUser, List.of()));
        assertThat(await(ports().partners().partnerUsers(newPartnerId()))).isEmpty();
    }

    @Test
    void aClientWithAnMrrHistory_client_answersTheLatestMrr_andAnUnknownOneIsEmpty() {
        ClientAccount client = givenClient("JPY", "120000", t(1));
        ClientAccount changed = new ClientAccount(client.hubId(), "Globex KK", CurrencyCode.of("JPY"), new BigDecimal("150000"), true);
        command(store -> store.saveClient(changed, t(2)));

        assertThat(await(ports().clients().client(client.hubId()))).contains(changed);
        assertThat(await(ports().clients().client(HubId.of(Long.MAX_VALUE - next())))).isEmpty();
    }

    @Test
    void partners_partners_answersAPageById_afterTheGivenId() {
        List<Partner> mine = java.util.stream.Stream.of(givenPartner(), givenPartner(), givenPartner())
                .sorted(java.util.Comparator.comparing(partner -> partner.id().value())).toList();

        List<Partner> afterFirst = await(ports().partners().partners(2, java.util.Optional.of(mine.get(0).id())));
        List<Partner> all = new java.util.ArrayList<>();
        java.util.Optional<com.managedmrr.domain.model.PartnerId> after = java.util.Optional.empty();
        for (List<Partner> page = await(ports().partners().partners(2, after)); !page.isEmpty();
             page = await(ports().partners().partners(2, after))) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            all.addAll(page);
            after = java.util.Optional.of(page.get(page.size() - 1).id());
        }

        assertThat(afterFirst).hasSize(2);
        assertThat(afterFirst.get(0).id().value()).isGreaterThan(mine.get(0).id().value());
        assertThat(afterFirst.get(0).id().value()).isLessThanOrEqualTo(mine.get(1).id().value());
        assertThat(all).containsSubsequence(mine);
        assertThat(all).extracting(partner -> partner.id().value()).isSortedAccordingTo(String::compareTo)
                .doesNotHaveDuplicates();
    }

    @Test
    void clients_clients_answersAPageByHubId_searchedByNameOrHubId_withTheMrrInEffectNow() {
        String token = "zq" + next();
        ClientAccount first = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        ClientAccount third = givenClient(t(0));
        ClientAccount named = new ClientAccount(first.hubId(), "Wayne " + token.toUpperCase(java.util.Locale.ROOT),
                CurrencyCode.of("USD"), new BigDecimal("1200.00"), false);
        ClientAccount alsoNamed = new ClientAccount(third.hubId(), "Stark " + token, CurrencyCode.of("USD"),
                new BigDecimal("1000.00"), false);
        command(store -> store.saveClient(named, t(1)).thenCompose(x -> store.saveClient(alsoNamed, t(1))));

        List<ClientAccount> searched = await(ports().clients().clients(java.util.Optional.of(token), 10,
                java.util.Optional.empty()));
        List<ClientAccount> secondPage = await(ports().clients().clients(java.util.Optional.of(token), 1,
                java.util.Optional.of(first.hubId())));
        List<ClientAccount> byHubId = await(ports().clients().clients(
                java.util.Optional.of(Long.toString(second.hubId().value())), 10, java.util.Optional.empty()));
        List<ClientAccount> afterFirst = await(ports().clients().clients(java.util.Optional.empty(), 1,
                java.util.Optional.of(first.hubId())));

        assertThat(searched).containsExactly(named, alsoNamed);
        assertThat(secondPage).containsExactly(alsoNamed);
        assertThat(byHubId).contains(second);
        assertThat(afterFirst).hasSize(1);
        assertThat(afterFirst.get(0).hubId().value()).isGreaterThan(first.hubId().value());
    }

    @Test
    void seatsOpenAndClosed_seatedClients_answersTheAccountsWithAnOpenSeat_activeOrDeactivated_byHubId() {
        ClientAccount active = givenClient(t(0));
        ClientAccount deactivated = givenClient(t(0));
        ClientAccount removed = givenClient(t(0));
        ClientAccount someoneElses = givenClient(t(0));
        ClientAccount changed = new ClientAccount(active.hubId(), active.name(), CurrencyCode.of("EUR"),
                new BigDecimal("880.00"), true);
        Email max = newEmail("max", "mail.example");
        Email other = newEmail("other", "mail.example");
        command(store -> AccessSteps.on(store).setSeat(deactivated.hubId(), max, SeatStatus.DEACTIVATED, t(1))
                .thenCompose(x -> AccessSteps.on(store).setSeat(active.hubId(), max, SeatStatus.ACTIVE, t(1)))
                .thenCompose(x -> AccessSteps.on(store).setSeat(removed.hubId(), max, SeatStatus.ACTIVE, t(1)))
                .thenCompose(x -> AccessSteps.on(store).removeSeat(removed.hubId(), max, t(2)))
                .thenCompose(x -> AccessSteps.on(store).setSeat(someoneElses.hubId(), other, SeatStatus.ACTIVE, t(1)))
                .thenCompose(x -> store.saveClient(changed, t(3))));

        List<ClientAccount> seated = await(ports().clients().seatedClients(max, 10));

        assertThat(seated).containsExactly(changed, deactivated);
        assertThat(await(ports().clients().seatedClients(max, 1))).containsExactly(changed);
        assertThat(await(ports().clients().seatedClients(newEmail("nobody"), 10))).isEmpty();
    }

    @Test
    void activities_activitiesBefore_answersTheOlderOnesInTheSameOrder() {
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        com.managedmrr.domain.store.RecordedActivity oldest = recorded(client.hubId(), ann, t(1));
        com.managedmrr.domain.store.RecordedActivity a = new com.managedmrr.domain.store.RecordedActivity(
                activity(com.managedmrr.domain.model.ActivityId.of("a-" + next()), client.hubId(), ann, t(2), null),
                false, List.of());
        com.managedmrr.domain.store.RecordedActivity b = new com.managedmrr.domain.store.RecordedActivity(
                activity(com.managedmrr.domain.model.ActivityId.of("b-" + next()), client.hubId(), ann, t(2), null),
                false, List.of());
        com.managedmrr.domain.store.RecordedActivity newest = recorded(client.hubId(), ann, t(3));
        givenActivities(oldest, a, b, newest);

        List<com.managedmrr.domain.store.RecordedActivity> beforeB = await(ports().clients().activitiesBefore(
                client.hubId(), t(2), b.activity().id(), 10));
        List<com.managedmrr.domain.store.RecordedActivity> beforeNewest = await(ports().clients().activitiesBefore(
                client.hubId(), t(3), newest.activity().id(), 1));

        assertThat(beforeB).containsExactly(a, oldest);
        assertThat(beforeNewest).containsExactly(b);
    }
}
