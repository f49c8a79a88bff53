package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.AccessSteps;
import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipFacts;
import com.managedmrr.domain.credit.UserStanding;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.RecordedActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link com.managedmrr.domain.port.BreakdownQueryPort}: the facts as they stood at an instant.
 *
 * <p>The histories here are ones the core can make: an activity is attributed to a partner only while one of its
 * users is assigned to the client (the ledger stores the attributions it is given; adapters may rely on this).
 */
public abstract class BreakdownQueryContract extends PortContract {

    @Test
    void assignmentsOverTime_clientFacts_hasOneRowPerClientAssignedAtOrBeforeT_evenAfterUnassigning() {
        Partner partner = givenPartner();
        ClientAccount first = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        givenClient(t(0));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, first.hubId(), t(2)));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, second.hubId(), t(5)));
        command(store -> AccessSteps.on(store).unassign(partner.id(), ann, first.hubId(), t(6)));

        assertThat(hubsOf(partner, t(1))).isEmpty();
        assertThat(hubsOf(partner, t(2))).containsExactly(first.hubId());
        assertThat(hubsOf(partner, t(5))).containsExactlyInAnyOrder(first.hubId(), second.hubId());
        assertThat(hubsOf(partner, t(7))).containsExactlyInAnyOrder(first.hubId(), second.hubId());
        assertThat(await(ports().breakdowns().clientFacts(newPartnerId(), t(7)))).isEmpty();
    }

    @Test
    void anMrrHistory_clientFacts_carryTheMrrInEffectAtT_andZeroBeforeTheFirst() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient("USD", "1000.00", t(1));
        ClientAccount raised = new ClientAccount(client.hubId(), client.name(), client.currency(), new BigDecimal("2000.50"), true);
        command(store -> store.saveClient(raised, t(10)));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, client.hubId(), t(2)));

        assertThat(factsOf(partner, client.hubId(), t(0)).client().mrr()).isEqualByComparingTo("0");
        assertThat(factsOf(partner, client.hubId(), t(2)).client()).isEqualTo(
                new ClientAccount(client.hubId(), client.name(), client.currency(), new BigDecimal("1000.00"), false));
        assertThat(factsOf(partner, client.hubId(), t(9)).client().mrr()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(factsOf(partner, client.hubId(), t(10)).client()).isEqualTo(raised);
        assertThat(await(ports().breakdowns().clientFacts(partner.id(), t(10))))
                .singleElement().satisfies(facts -> assertThat(facts.client()).isEqualTo(raised));
    }

    @Test
    void aGrowthMarketChange_clientFacts_carryTheFlagInEffectAtT_andEarlierInstantsKeepTheOldOne() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient("USD", "1000.00", t(1));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, client.hubId(), t(2)));
        ClientAccount growing = new ClientAccount(client.hubId(), client.name(), client.currency(), client.mrr(), true);
        command(store -> store.saveClient(growing, t(10)));
        command(store -> store.saveClient(client, t(20)));

        assertThat(factsOf(partner, client.hubId(), t(9)).client().growthMarket()).isFalse();
        assertThat(factsOf(partner, client.hubId(), t(10)).client().growthMarket()).isTrue();
        assertThat(factsOf(partner, client.hubId(), t(19)).client().growthMarket()).isTrue();
        assertThat(factsOf(partner, client.hubId(), t(20)).client().growthMarket()).isFalse();
        assertThat(await(ports().breakdowns().clientFacts(partner.id(), t(15))))
                .singleElement().satisfies(facts -> assertThat(facts.client().growthMarket()).isTrue());
        assertThat(await(ports().clients().client(client.hubId()))).hasValueSatisfying(
                now -> assertThat(now.growthMarket()).isFalse());
    }

    @Test
    void aCurrencyChange_clientFacts_carryTheCurrencyMrrAndUnitInEffectAtT() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient("USD", "1000.00", t(1));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, client.hubId(), t(2)));
        ClientAccount inEuro = new ClientAccount(client.hubId(), client.name(), CurrencyCode.of("EUR"),
                new BigDecimal("900.00"), false);
        command(store -> store.saveClient(inEuro, t(10)));

        ClientFacts before = factsOf(partner, client.hubId(), t(9));
        assertThat(before.client()).isEqualTo(client);
        assertThat(before.unit()).contains(new BigDecimal("100"));
        ClientFacts after = factsOf(partner, client.hubId(), t(10));
        assertThat(after.client()).isEqualTo(inEuro);
        assertThat(after.unit()).contains(new BigDecimal("88"));
        assertThat(await(ports().clients().client(client.hubId()))).contains(inEuro);
    }

    @Test
    void aPointUnitChange_clientFacts_carryTheUnitInEffectAtT() {
        Partner partner = givenPartner();
        ClientAccount inNok = givenClient("NOK", "9000.00", t(0));
        ClientAccount inUsd = givenClient("USD", "100.00", t(0));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).assign(partner.id(), ann, inNok.hubId(), t(1))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), ann, inUsd.hubId(), t(1))));
        await(ports().pointUnits().save(new PointUnit(CurrencyCode.of("NOK"), new BigDecimal("95.50"), t(3))));

        assertThat(factsOf(partner, inNok.hubId(), t(2)).unit()).isEmpty();
        assertThat(factsOf(partner, inNok.hubId(), t(3)).unit()).hasValueSatisfying(unit -> assertThat(unit).isEqualByComparingTo("95.5"));
        assertThat(factsOf(partner, inUsd.hubId(), t(3)).unit()).hasValueSatisfying(unit -> assertThat(unit).isEqualByComparingTo("100"));
    }

    @Test
    void attributionsAndEnds_clientFacts_holdEachPartnersLatestAttributionAndEndAtOrBeforeT() {
        Partner acme = givenPartner();
        Partner beta = givenPartner();
        ClientAccount client = givenClient(t(0));
        HubId hub = client.hubId();
        Email ann = newEmail("ann");
        Email carl = newEmail("carl", "beta.example");
        givenEmployee(acme, ann, t(1));
        givenPartnerUser(beta, carl, PartnerUserKind.CONTRACTOR, t(1));
        command(store -> AccessSteps.on(store).assign(acme.id(), ann, hub, t(2)).thenCompose(x -> AccessSteps.on(store).assign(beta.id(), carl, hub, t(2))));
        RecordedActivity first = recorded(hub, ann, t(3), acme.id());
        RecordedActivity tieLow = new RecordedActivity(activity(ActivityId.of("x-a-" + next()), hub, ann, t(4), null), true, List.of(acme.id()));
        RecordedActivity tieHigh = new RecordedActivity(activity(ActivityId.of("x-b-" + next()), hub, ann, t(4), null), true, List.of(acme.id()));
        RecordedActivity later = recorded(hub, ann, t(8), acme.id());
        RecordedActivity betas = recorded(hub, carl, t(5), beta.id());
        givenActivities(later, tieHigh, first, betas, tieLow);
        RelationshipEnd betaEnd = new RelationshipEnd(beta.id(), hub, t(7), EndReason.USERS_REMOVED_FROM_PARTNER);
        command(store -> AccessSteps.on(store).recordEnd(betaEnd));

        assertThat(factsOf(acme, hub, t(2)).relationships())
                .containsExactly(new RelationshipFacts(acme.id(), Optional.empty(), Optional.empty()));
        assertThat(factsOf(acme, hub, t(3)).relationships())
                .containsExactly(new RelationshipFacts(acme.id(), Optional.of(attributed(first)), Optional.empty()));
        assertThat(factsOf(acme, hub, t(4)).relationships())
                .containsExactly(new RelationshipFacts(acme.id(), Optional.of(attributed(tieHigh)), Optional.empty()));
        assertThat(factsOf(acme, hub, t(6)).relationships())
                .containsExactly(new RelationshipFacts(acme.id(), Optional.of(attributed(tieHigh)), Optional.empty()));
        assertThat(factsOf(acme, hub, t(6)).othersServicing()).containsExactly(beta.id());
        ClientFacts atNine = await(ports().breakdowns().clientFacts(acme.id(), t(9))).get(0);
        assertThat(atNine.relationships())
                .containsExactly(new RelationshipFacts(acme.id(), Optional.of(attributed(later)), Optional.empty()));
        assertThat(atNine.othersServicing()).as("beta's relationship ended at t(7)").isEmpty();
        assertThat(factsOf(beta, hub, t(6)).relationshipOf(beta.id()).lastAttributed()).contains(attributed(betas));
        assertThat(factsOf(beta, hub, t(6)).othersServicing()).containsExactly(acme.id());
        assertThat(factsOf(beta, hub, t(9)).relationshipOf(beta.id()).lastAttributed()).contains(attributed(betas));
        assertThat(factsOf(beta, hub, t(9)).relationshipOf(beta.id()).lastEnd()).contains(betaEnd);
    }

    @Test
    void severalEnds_clientFacts_carryEveryEndAtOrBeforeT_oldestFirst_theLatestBeingTheLastEnd() {
        Partner acme = givenPartner();
        ClientAccount client = givenClient(t(0));
        HubId hub = client.hubId();
        Email ann = newEmail("ann");
        givenEmployee(acme, ann, t(1));
        command(store -> AccessSteps.on(store).assign(acme.id(), ann, hub, t(2)));
        RelationshipEnd first = new RelationshipEnd(acme.id(), hub, t(3), EndReason.USERS_REMOVED_FROM_CLIENT);
        RelationshipEnd second = new RelationshipEnd(acme.id(), hub, t(6), EndReason.USERS_REMOVED_FROM_PARTNER);
        command(store -> AccessSteps.on(store).recordEnd(second).thenCompose(x -> AccessSteps.on(store).recordEnd(first)));

        assertThat(factsOf(acme, hub, t(4)).relationshipOf(acme.id()).ends()).containsExactly(first);
        RelationshipFacts atSeven = await(ports().breakdowns().clientFacts(acme.id(), t(7))).get(0).relationshipOf(acme.id());
        assertThat(atSeven.ends()).containsExactly(first, second);
        assertThat(atSeven.lastEnd()).contains(second);
    }

    @Test
    void aClientThePartnerWasNeverAssignedTo_clientFactsForIt_arePresent_andUnknownClientsAreEmpty() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient("EUR", "500.00", t(0));

        Optional<ClientFacts> facts = await(ports().breakdowns().clientFacts(partner.id(), client.hubId(), t(3)));

        assertThat(facts).hasValueSatisfying(f -> {
            assertThat(f.client()).isEqualTo(client);
            assertThat(f.unit()).hasValueSatisfying(unit -> assertThat(unit).isEqualByComparingTo("88"));
            assertThat(f.relationshipOf(partner.id())).isEqualTo(new RelationshipFacts(partner.id(), Optional.empty(), Optional.empty()));
        });
        assertThat(await(ports().breakdowns().clientFacts(partner.id(), newHubId(), t(3)))).isEmpty();
    }

    /**
     * ann: assigned, active, with an activity. bob: present, deactivated seat, never assigned. cid: had an activity,
     * then was removed from the partner (his seat stays). eve: assigned, no seat. dan: present, nothing here.
     */
    @Test
    void thePartnersUsers_userStandings_answerTheUsersThatMatter_withTheirStepsAtT() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        HubId hub = client.hubId();
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        Email cid = newEmail("cid");
        Email dan = newEmail("dan");
        Email eve = newEmail("eve");
        for (Email email : List.of(ann, bob, cid, dan, eve)) {
            givenEmployee(partner, email, t(1));
        }
        command(store -> AccessSteps.on(store).setSeat(hub, ann, SeatStatus.ACTIVE, t(1))
                .thenCompose(x -> AccessSteps.on(store).setSeat(hub, bob, SeatStatus.DEACTIVATED, t(1)))
                .thenCompose(x -> AccessSteps.on(store).setSeat(hub, cid, SeatStatus.ACTIVE, t(1)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), ann, hub, t(2)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), cid, hub, t(2)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), eve, hub, t(2))));
        RecordedActivity annsOld = recorded(hub, ann, t(3), partner.id());
        RecordedActivity annsNew = recorded(hub, ann, t(4), partner.id());
        RecordedActivity cids = recorded(hub, cid, t(3), partner.id());
        givenActivities(annsOld, annsNew, cids);
        command(store -> AccessSteps.on(store).unassign(partner.id(), cid, hub, t(5)).thenCompose(x -> AccessSteps.on(store).removePartnerUser(partner.id(), cid, t(5))));

        assertThat(await(ports().breakdowns().userStandings(partner.id(), hub, t(6)))).containsExactlyInAnyOrder(
                new UserStanding(ann, true, true, Optional.of(SeatStatus.ACTIVE), Optional.of(attributed(annsNew))),
                new UserStanding(bob, true, false, Optional.of(SeatStatus.DEACTIVATED), Optional.empty()),
                new UserStanding(cid, false, false, Optional.of(SeatStatus.ACTIVE), Optional.of(attributed(cids))),
                new UserStanding(eve, true, true, Optional.empty(), Optional.empty()));
        assertThat(await(ports().breakdowns().userStandings(partner.id(), hub, t(3)))).containsExactlyInAnyOrder(
                new UserStanding(ann, true, true, Optional.of(SeatStatus.ACTIVE), Optional.of(attributed(annsOld))),
                new UserStanding(bob, true, false, Optional.of(SeatStatus.DEACTIVATED), Optional.empty()),
                new UserStanding(cid, true, true, Optional.of(SeatStatus.ACTIVE), Optional.of(attributed(cids))),
                new UserStanding(eve, true, true, Optional.empty(), Optional.empty()));
        assertThat(await(ports().breakdowns().userStandings(partner.id(), hub, t(1)))).containsExactlyInAnyOrder(
                new UserStanding(ann, true, false, Optional.of(SeatStatus.ACTIVE), Optional.empty()),
                new UserStanding(bob, true, false, Optional.of(SeatStatus.DEACTIVATED), Optional.empty()),
                new UserStanding(cid, true, false, Optional.of(SeatStatus.ACTIVE), Optional.empty()));
        assertThat(await(ports().breakdowns().userStandings(partner.id(), hub, t(0)))).isEmpty();
    }

    private List<HubId> hubsOf(Partner partner, Instant t) {
        return await(ports().breakdowns().clientFacts(partner.id(), t)).stream().map(f -> f.client().hubId()).toList();
    }

    private ClientFacts factsOf(Partner partner, HubId hubId, Instant t) {
        return await(ports().breakdowns().clientFacts(partner.id(), hubId, t)).orElseThrow();
    }

    private static AttributedActivity attributed(RecordedActivity recorded) {
        return new AttributedActivity(recorded.activity().id(), recorded.activity().userEmail(), recorded.activity().occurredAt());
    }
}
