package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/rules.md §8: the explanation of each breakdown row, through the use case. */
class ExplainClientServiceTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.client(501, "USD", "1000.00");
        s.employee("a", "ann@a.example");
    }

    private Explanation.User only(Explanation explanation) {
        assertThat(explanation.users()).hasSize(1);
        return explanation.users().get(0);
    }

    @Test
    void servicing_namesTheActivityThatKeepsItAlive() {
        s.seat(501, "ann@a.example");
        Instant at = s.now();
        s.publish("a-1", 501, "ann@a.example");

        Explanation why = s.explain("a", 501);

        assertThat(why.servicing()).isTrue();
        assertThat(why.reason()).isEmpty();
        assertThat(why.keptAliveBy()).hasValueSatisfying(a -> {
            assertThat(a.activityId().value()).isEqualTo("a-1");
            assertThat(a.userEmail()).isEqualTo(Email.of("ann@a.example"));
            assertThat(a.expiresAt()).isEqualTo(at.plus(Duration.ofDays(60)));
        });
        assertThat(only(why).reason()).isEmpty();
        assertThat(only(why).lastQualifyingActivityAt()).contains(at);
    }

    @Test
    void notAClientUser_isTheReason() {
        s.contractor("a", "cat@freelance.example");
        s.seat(501, "other@x.example");
        Explanation why = s.explain("a", 501);

        assertThat(why.reason()).contains(ReasonCode.NO_ASSIGNMENT);
        assertThat(why.users()).as("nobody of A is assigned or seated").isEmpty();
    }

    @Test
    void seatedButUnassigned_noAssignment() {
        s.seat(501, "ann@a.example");
        s.unassign("a", 501, "ann@a.example");

        Explanation why = s.explain("a", 501);

        assertThat(why.reason()).contains(ReasonCode.NO_ASSIGNMENT);
        assertThat(only(why).clientUser()).contains(SeatStatus.ACTIVE);
        assertThat(only(why).assigned()).isFalse();
    }

    @Test
    void assignedButSeatRemovedByTheClient_notAClientUser() {
        s.seat(501, "ann@a.example");
        s.removeSeat(501, "ann@a.example");

        Explanation why = s.explain("a", 501);

        assertThat(why.reason()).contains(ReasonCode.NOT_A_CLIENT_USER);
        assertThat(only(why).assigned()).isTrue();
        assertThat(only(why).clientUser()).isEmpty();
    }

    @Test
    void deactivated_userDeactivated() {
        s.seat(501, "ann@a.example", SeatStatus.DEACTIVATED);

        assertThat(s.explain("a", 501).reason()).contains(ReasonCode.USER_DEACTIVATED);
    }

    @Test
    void everyStepButActivity_noQualifyingActivity() {
        s.seat(501, "ann@a.example");
        s.activity("v", 501, "ann@a.example", "BLOG", "VIEW", s.now(), null);

        assertThat(s.explain("a", 501).reason()).contains(ReasonCode.NO_QUALIFYING_ACTIVITY);
    }

    @Test
    void sixtyDaysAfterTheLastActivity_expired() {
        s.seat(501, "ann@a.example");
        Instant at = s.now();
        s.publish("a-1", 501, "ann@a.example");

        Explanation why = s.explain("a", 501, at.plus(Duration.ofDays(60)));

        assertThat(why.servicing()).isFalse();
        assertThat(why.reason()).contains(ReasonCode.EXPIRED);
        assertThat(only(why).reason()).contains(ReasonCode.EXPIRED);
        assertThat(why.endedAt()).contains(at.plus(Duration.ofDays(60)));
    }

    @Test
    void userRemovedFromPartner_endedUsersRemovedFromPartnerForTheRow_notAPartnerUserForTheUser() {
        s.seat(501, "ann@a.example");
        s.publish("a-1", 501, "ann@a.example");
        s.advance(Duration.ofHours(1));
        s.removePartnerUser("a", "ann@a.example");

        Explanation why = s.explain("a", 501);

        assertThat(why.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);
        assertThat(only(why).partnerUser()).isFalse();
        assertThat(only(why).reason()).contains(ReasonCode.NOT_A_PARTNER_USER);
    }

    @Test
    void lastSeatRemoved_endedUsersRemovedFromClient() {
        s.seat(501, "ann@a.example");
        s.publish("a-1", 501, "ann@a.example");
        s.advance(Duration.ofHours(1));
        s.removeStaff("a", 501, "ann@a.example");

        assertThat(s.explain("a", 501).reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
    }

    @Test
    void aLaterSecondEnd_doesNotHideTheEndThatCutTheCredit() {
        s.seat(501, "ann@a.example");
        Instant activity = s.now();
        s.publish("a-1", 501, "ann@a.example");
        Instant firstEnd = s.advance(Duration.ofDays(1));
        s.removeStaff("a", 501, "ann@a.example");
        s.advance(Duration.ofDays(1));
        s.addEmployees("a", 501, "ann@a.example");
        s.advance(Duration.ofDays(68));
        s.removeSeat(501, "ann@a.example");
        assertThat(s.app.store.ends()).hasSize(2);

        for (Instant t : new Instant[] {activity.plus(Duration.ofDays(65)), s.now().plus(Duration.ofDays(1))}) {
            Explanation why = s.explain("a", 501, t);
            assertThat(why.reason()).as("at %s", t).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
            assertThat(why.endedAt()).as("at %s", t).contains(firstEnd);
        }
    }
}
