package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/rules.md §3–§8 end to end, through the use cases over the in-memory store. */
class ManagedCreditScenariosTest {

    private static final Duration WINDOW = Duration.ofDays(60);
    private static final Duration MICRO = Duration.ofNanos(1000);

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example").partner("b", "b.example").partner("c", "c.example");
        s.client(501, "Globex", "USD", "1000.00", false);
    }

    /** Ann (employee of A) and Bob (employee of B), both seated in client 501, hence both assigned automatically. */
    private void annAndBobServiceGlobex() {
        s.employee("a", "ann@a.example");
        s.employee("b", "bob@b.example");
        s.seat(501, "ann@a.example");
        s.seat(501, "bob@b.example");
    }

    private static void assertServicing(BreakdownRow row, String credit, String points, int sharedWith) {
        assertThat(row.servicing()).as("servicing").isTrue();
        assertThat(row.credit()).as("credit").isEqualTo(new BigDecimal(credit));
        assertThat(row.points()).as("points").isEqualTo(new BigDecimal(points));
        assertThat(row.sharedWith()).as("sharedWith").isEqualTo(sharedWith);
    }

    private static void assertNotServicing(BreakdownRow row) {
        assertThat(row.servicing()).as("servicing").isFalse();
        assertThat(row.credit()).as("credit").isZero();
        assertThat(row.points()).as("points").isEqualTo(new BigDecimal("0.00"));
        assertThat(row.sharedWith()).as("sharedWith").isZero();
        assertThat(row.expiresAt()).as("expiresAt").isEmpty();
    }

    @Test
    void workedExample_twoPartnersThenOneAlone_creditSplitsThenWhole() {
        annAndBobServiceGlobex();
        s.publish("a-1", 501, "ann@a.example");
        Instant bobsLast = s.now();
        s.publish("b-1", 501, "bob@b.example");

        assertServicing(s.row("a", 501), "500.00", "5.00", 2);
        assertServicing(s.row("b", 501), "500.00", "5.00", 2);

        s.advanceDays(30);
        s.publish("a-2", 501, "ann@a.example");
        Instant sixtyOneDaysAfterBob = bobsLast.plus(Duration.ofDays(61));

        assertServicing(s.row("a", 501, sixtyOneDaysAfterBob), "1000.00", "10.00", 1);
        assertNotServicing(s.row("b", 501, sixtyOneDaysAfterBob));
        assertThat(s.breakdown("a", sixtyOneDaysAfterBob).managedPoints()).isEqualTo(new BigDecimal("10.00"));
        assertThat(s.explain("b", 501, sixtyOneDaysAfterBob).reason()).contains(ReasonCode.EXPIRED);
    }

    @Test
    void sameEmailInTwoPartners_oneActivity_attributedToBoth() {
        s.contractor("a", "fay@freelance.example");
        s.contractor("b", "fay@freelance.example");
        s.seat(501, "fay@freelance.example");
        s.linkClient("a", "fay@freelance.example", 501);
        s.linkClient("b", "fay@freelance.example", 501);

        s.publish("f-1", 501, "fay@freelance.example");

        assertThat(s.app.store.activities()).singleElement()
                .satisfies(a -> assertThat(a.attributedTo()).containsExactly(PartnerId.of("a"), PartnerId.of("b")));
        assertServicing(s.row("a", 501), "500.00", "5.00", 2);
        assertServicing(s.row("b", 501), "500.00", "5.00", 2);
    }

    @Test
    void threePartnersOnJpy10001_eachGetsHalfEvenShare() {
        s.client(777, "JPY", "10001");
        for (String p : new String[] {"a", "b", "c"}) {
            s.employee(p, "u@" + p + ".example");
            s.addEmployees(p, 777, "u@" + p + ".example");
            s.publish("act-" + p, 777, "u@" + p + ".example");
        }
        for (String p : new String[] {"a", "b", "c"}) {
            assertServicing(s.row(p, 777), "3334", "0.23", 3);
        }
    }

    @Test
    void lastUserRemovedByRemoveStaff_relationshipEndsAtOnce() {
        annAndBobServiceGlobex();
        s.publish("a-1", 501, "ann@a.example");
        s.publish("b-1", 501, "bob@b.example");
        Instant removal = s.advanceDays(1);

        boolean ended = s.removeStaff("a", 501, "ann@a.example");

        assertThat(ended).isTrue();
        assertThat(s.app.store.ends()).containsExactly(new com.managedmrr.domain.credit.RelationshipEnd(
                PartnerId.of("a"), HubId.of(501), removal, EndReason.USERS_REMOVED_FROM_CLIENT));
        assertNotServicing(s.row("a", 501));
        assertServicing(s.row("b", 501), "1000.00", "10.00", 1);
        assertServicing(s.row("a", 501, removal.minus(MICRO)), "500.00", "5.00", 2);
        Explanation why = s.explain("a", 501);
        assertThat(why.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
        assertThat(why.endedAt()).contains(removal);
        assertThat(s.assignedHubs("a", "ann@a.example")).isEmpty();
    }

    @Test
    void lastUserRemovedByTheClientItself_relationshipEndsAtOnce_assignmentStays() {
        annAndBobServiceGlobex();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);

        s.removeSeat(501, "ann@a.example");

        assertNotServicing(s.row("a", 501));
        assertThat(s.explain("a", 501).reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
        assertThat(s.assignedHubs("a", "ann@a.example")).containsExactly(HubId.of(501));
    }

    @Test
    void lastAssignedUserRemovedFromPartner_relationshipEndsAtOnce() {
        annAndBobServiceGlobex();
        s.publish("a-1", 501, "ann@a.example");
        Instant removal = s.advanceDays(1);

        s.removePartnerUser("a", "ann@a.example");

        assertNotServicing(s.row("a", 501));
        Explanation why = s.explain("a", 501);
        assertThat(why.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);
        assertThat(why.endedAt()).contains(removal);
        assertThat(s.row("a", 501).lastActivityAt()).as("still shows its last attributed activity").isPresent();
    }

    @Test
    void unassign_endsNothingAtOnce_creditLastsSixtyDaysAfterLastAttributedActivity() {
        annAndBobServiceGlobex();
        Instant last = s.now();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);

        s.unassign("a", 501, "ann@a.example");
        s.publish("a-2", 501, "ann@a.example");

        assertThat(s.app.store.activities()).filteredOn(a -> a.activity().id().value().equals("a-2"))
                .singleElement().satisfies(a -> assertThat(a.attributedTo()).isEmpty());
        BreakdownRow row = s.row("a", 501);
        assertThat(row.servicing()).isTrue();
        assertThat(row.expiresAt()).contains(last.plus(WINDOW));
        assertThat(s.row("a", 501, last.plus(WINDOW).minus(MICRO)).servicing()).isTrue();
        assertNotServicing(s.row("a", 501, last.plus(WINDOW)));
        assertThat(s.app.store.ends()).isEmpty();
    }

    @Test
    void deactivatedInClient_endsNothingAtOnce() {
        annAndBobServiceGlobex();
        Instant last = s.now();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);

        s.seat(501, "ann@a.example", SeatStatus.DEACTIVATED);
        s.publish("a-2", 501, "ann@a.example");

        assertThat(s.row("a", 501).servicing()).isTrue();
        assertThat(s.row("a", 501).expiresAt()).contains(last.plus(WINDOW));
        assertThat(s.app.store.ends()).isEmpty();
    }

    @Test
    void onlySomeUsersRemovedFromClient_endsNothingAtOnce() {
        s.employee("a", "ann@a.example");
        s.employee("a", "al@a.example");
        s.seat(501, "ann@a.example");
        s.seat(501, "al@a.example");
        Instant last = s.now();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);

        boolean ended = s.removeStaff("a", 501, "ann@a.example");

        assertThat(ended).isFalse();
        assertThat(s.app.store.ends()).isEmpty();
        assertThat(s.row("a", 501).expiresAt()).contains(last.plus(WINDOW));
    }

    @Test
    void onlySomeAssignedUsersRemovedFromPartner_endsNothingAtOnce() {
        s.employee("a", "ann@a.example");
        s.employee("a", "al@a.example");
        s.seat(501, "ann@a.example");
        s.seat(501, "al@a.example");
        Instant last = s.now();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);

        s.removePartnerUser("a", "ann@a.example");

        assertThat(s.app.store.ends()).isEmpty();
        assertThat(s.row("a", 501).expiresAt()).contains(last.plus(WINDOW));
    }

    @Test
    void afterAnEnd_freshSetupAndNewActivity_countsAgain_oldActivitiesNever() {
        annAndBobServiceGlobex();
        s.publish("a-1", 501, "ann@a.example");
        s.advanceDays(1);
        s.removeStaff("a", 501, "ann@a.example");
        s.advanceDays(1);
        assertNotServicing(s.row("a", 501));

        s.addEmployees("a", 501, "ann@a.example");
        assertNotServicing(s.row("a", 501));
        Instant fresh = s.advance(Duration.ofHours(1));
        s.publish("a-2", 501, "ann@a.example");

        BreakdownRow row = s.row("a", 501);
        assertServicing(row, "1000.00", "10.00", 1);
        assertThat(row.expiresAt()).contains(fresh.plus(WINDOW));
        assertThat(s.explain("a", 501).keptAliveBy()).hasValueSatisfying(
                a -> assertThat(a.activityId().value()).isEqualTo("a-2"));
    }

    @Test
    void activityLateArrivingFromBeforeTheEnd_neverCounts() {
        annAndBobServiceGlobex();
        Instant before = s.now();
        s.advanceDays(1);
        s.removeStaff("a", 501, "ann@a.example");
        s.advanceDays(1);

        s.publishAt("late", 501, "ann@a.example", before);

        assertThat(s.app.store.activities()).singleElement()
                .satisfies(a -> assertThat(a.attributedTo()).containsExactly(PartnerId.of("a")));
        assertNotServicing(s.row("a", 501));
        assertThat(s.row("a", 501, before).servicing()).as("it did count before the end").isTrue();
    }

    @Test
    void activitiesBeforeTheAssignment_neverCount_evenAfterIt() {
        s.contractor("a", "cat@elsewhere.example");
        s.seat(501, "cat@elsewhere.example");
        Instant beforeLink = s.now();
        s.publish("c-1", 501, "cat@elsewhere.example");
        s.advanceDays(1);
        s.linkClient("a", "cat@elsewhere.example", 501);
        s.advanceDays(1);
        s.publishAt("c-0", 501, "cat@elsewhere.example", beforeLink.plus(Duration.ofHours(1)));

        assertThat(s.app.store.activities()).allSatisfy(a -> assertThat(a.attributedTo()).isEmpty());
        assertNotServicing(s.row("a", 501));
    }

    @Test
    void activityAtTheVeryInstantOfTheAssignment_counts() {
        s.contractor("a", "cat@elsewhere.example");
        s.seat(501, "cat@elsewhere.example");
        s.advanceDays(1);
        Instant linked = s.now();
        s.linkClient("a", "cat@elsewhere.example", 501);
        s.advance(Duration.ofMinutes(10));

        s.publishAt("c-1", 501, "cat@elsewhere.example", linked);
        s.publishAt("c-0", 501, "cat@elsewhere.example", linked.minus(MICRO));

        BreakdownRow row = s.row("a", 501);
        assertServicing(row, "1000.00", "10.00", 1);
        assertThat(row.lastActivityAt()).contains(linked);
        assertThat(s.app.store.activities()).filteredOn(a -> a.activity().id().value().equals("c-0"))
                .singleElement().satisfies(a -> assertThat(a.attributedTo()).isEmpty());
    }

    @Test
    void pastInstants_answerWithTheHistoryHeldThen() {
        annAndBobServiceGlobex();
        Instant t0 = s.now();
        s.publish("a-1", 501, "ann@a.example");
        Instant t1 = s.advanceDays(10);
        s.client(501, "Globex", "USD", "2000.00", false);
        Instant t2 = s.advanceDays(10);
        s.publish("b-1", 501, "bob@b.example");
        Instant t3 = s.advanceDays(10);
        await(s.app.services.setPointRate().setPointRate(
                new com.managedmrr.application.catalogue.SetPointRateCommand("USD", new BigDecimal("50"))));
        s.advanceDays(1);

        assertServicing(s.row("a", 501, t0), "1000.00", "10.00", 1);
        assertServicing(s.row("a", 501, t1.minus(MICRO)), "1000.00", "10.00", 1);
        assertServicing(s.row("a", 501, t1), "2000.00", "20.00", 1);
        assertServicing(s.row("a", 501, t2), "1000.00", "10.00", 2);
        assertServicing(s.row("a", 501, t3), "1000.00", "20.00", 2);
        assertThat(s.breakdown("b", t0).clients()).as("B was assigned then already").hasSize(1);
        assertThat(s.breakdown("a", t0.minus(MICRO)).clients()).as("no assignment yet").isEmpty();
    }

    @Test
    void futureInstants_projectWithoutNewActivity() {
        annAndBobServiceGlobex();
        Instant last = s.now();
        s.publish("a-1", 501, "ann@a.example");

        assertServicing(s.row("a", 501, last.plus(Duration.ofDays(59))), "1000.00", "10.00", 1);
        assertThat(s.row("a", 501, last.plus(Duration.ofDays(59))).expiresAt()).contains(last.plus(WINDOW));
        assertNotServicing(s.row("a", 501, last.plus(WINDOW)));
    }

    @Test
    void growthMarketClient_earnsDoublePoints() {
        s.client(900, "Umbrella ZA", "ZAR", "1768.00", true);
        s.employee("a", "ann@a.example");
        s.addEmployees("a", 900, "ann@a.example");
        s.publish("z-1", 900, "ann@a.example");

        assertServicing(s.row("a", 900), "1768.00", "2.00", 1);
    }

    @Test
    void totals_sumOfRoundedRows_searchNarrowsRowsNotTotals() {
        s.client(601, "Initech", "USD", "12.50", false);
        s.client(602, "Hooli", "USD", "12.50", false);
        s.employee("a", "ann@a.example");
        s.addEmployees("a", 601, "ann@a.example");
        s.addEmployees("a", 602, "ann@a.example");
        s.addEmployees("a", 501, "ann@a.example");
        s.publish("x-1", 601, "ann@a.example");
        s.publish("x-2", 602, "ann@a.example");

        var all = s.breakdown("a");
        assertThat(all.managedPoints()).as("0.12 + 0.12, not round(0.25)").isEqualTo(new BigDecimal("0.24"));
        assertThat(all.servicedClients()).isEqualTo(2);
        assertThat(all.clients()).extracting(r -> r.client().name()).containsExactly("Globex", "Hooli", "Initech");
        var searched = all.matching("60");
        assertThat(searched.clients()).hasSize(2);
        assertThat(searched.managedPoints()).isEqualTo(all.managedPoints());
        var byQuery = await(s.app.services.computeBreakdown().computeBreakdown(new BreakdownQuery(PartnerId.of("a"),
                java.util.Optional.empty(), java.util.Optional.of("hoo"))));
        assertThat(byQuery.clients()).extracting(r -> r.client().name()).containsExactly("Hooli");
        assertThat(byQuery.servicedClients()).isEqualTo(2);
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        return Scenario.await(stage);
    }
}
