package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/rules.md §8: the explanation of a row names the four steps per user, what keeps it alive, or why it is not. */
class ExplanationPolicyTest {

    private static final PartnerId P = PartnerId.of("acme");
    private static final HubId H = HubId.of(501);
    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");
    private static final Email ANN = Email.of("ann@acme.example");
    private static final Email AL = Email.of("al@acme.example");
    private static final AttributedActivity ANNS = new AttributedActivity(ActivityId.of("a-1"), ANN, T);

    private static final RelationshipFacts NOTHING = new RelationshipFacts(P, Optional.empty(), Optional.empty());

    private static UserStanding standing(Email email, boolean partnerUser, boolean assigned, SeatStatus seat,
                                         AttributedActivity last) {
        return new UserStanding(email, partnerUser, assigned, Optional.ofNullable(seat), Optional.ofNullable(last));
    }

    private static Explanation explain(Instant t, RelationshipFacts facts, UserStanding... users) {
        return ExplanationPolicy.explain(P, H, t, facts, List.of(users));
    }

    @Test
    void servicing_keptAliveByTheLatestActivity_noReason() {
        var facts = new RelationshipFacts(P, Optional.of(ANNS), Optional.empty());

        Explanation why = explain(T.plus(Duration.ofDays(1)), facts, standing(ANN, true, true, SeatStatus.ACTIVE, ANNS));

        assertThat(why.servicing()).isTrue();
        assertThat(why.reason()).isEmpty();
        assertThat(why.keptAliveBy()).contains(ANNS);
        assertThat(why.users()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEmpty();
            assertThat(u.lastQualifyingActivityAt()).contains(T);
        });
    }

    @Test
    void nobodyAssigned_noAssignment() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, false, SeatStatus.ACTIVE, null));

        assertThat(why.reason()).contains(ReasonCode.NO_ASSIGNMENT);
        assertThat(why.users().get(0).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void noUsersAtAll_noAssignment() {
        assertThat(explain(T, NOTHING).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void assignedButNoSeat_notAClientUser() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, true, null, null));

        assertThat(why.reason()).contains(ReasonCode.NOT_A_CLIENT_USER);
    }

    @Test
    void assignedButDeactivated_userDeactivated() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, true, SeatStatus.DEACTIVATED, null));

        assertThat(why.reason()).contains(ReasonCode.USER_DEACTIVATED);
    }

    @Test
    void everyStepButActivity_noQualifyingActivity() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, true, SeatStatus.ACTIVE, null));

        assertThat(why.reason()).contains(ReasonCode.NO_QUALIFYING_ACTIVITY);
    }

    @Test
    void severalUsers_theRowsReasonIsTheReasonOfTheUserWhoGotFurthest() {
        Explanation why = explain(T, NOTHING,
                standing(ANN, true, true, null, null),
                standing(AL, true, false, SeatStatus.ACTIVE, null));

        assertThat(why.reason()).contains(ReasonCode.NOT_A_CLIENT_USER);
        assertThat(why.users()).extracting(u -> u.email().value()).containsExactly("al@acme.example", "ann@acme.example");
        assertThat(why.users()).extracting(u -> u.reason().orElseThrow())
                .containsExactly(ReasonCode.NO_ASSIGNMENT, ReasonCode.NOT_A_CLIENT_USER);
    }

    @Test
    void lastActivityOlderThanSixtyDays_expired() {
        var facts = new RelationshipFacts(P, Optional.of(ANNS), Optional.empty());

        Explanation why = explain(T.plus(Duration.ofDays(60)), facts, standing(ANN, true, true, SeatStatus.ACTIVE, ANNS));

        assertThat(why.reason()).contains(ReasonCode.EXPIRED);
        assertThat(why.endedAt()).contains(T.plus(Duration.ofDays(60)));
        assertThat(why.keptAliveBy()).isEmpty();
        assertThat(why.users().get(0).reason()).contains(ReasonCode.EXPIRED);
    }

    @Test
    void endedByRemovalFromTheClient_endedUsersRemovedFromClient_withTheInstant() {
        Instant end = T.plus(Duration.ofDays(1));
        var facts = new RelationshipFacts(P, Optional.of(ANNS),
                Optional.of(new RelationshipEnd(P, H, end, EndReason.USERS_REMOVED_FROM_CLIENT)));

        Explanation why = explain(end, facts, standing(ANN, true, false, null, ANNS));

        assertThat(why.servicing()).isFalse();
        assertThat(why.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
        assertThat(why.endedAt()).contains(end);
        assertThat(why.users().get(0).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void endedByRemovalFromThePartner_endedUsersRemovedFromPartner() {
        Instant end = T.plus(Duration.ofDays(1));
        var facts = new RelationshipFacts(P, Optional.of(ANNS),
                Optional.of(new RelationshipEnd(P, H, end, EndReason.USERS_REMOVED_FROM_PARTNER)));

        Explanation why = explain(end.plus(Duration.ofDays(1)), facts, standing(ANN, false, false, SeatStatus.ACTIVE, ANNS));

        assertThat(why.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);
        assertThat(why.users().get(0).partnerUser()).isFalse();
        assertThat(why.users().get(0).reason()).contains(ReasonCode.NOT_A_PARTNER_USER);
    }

    @Test
    void activityAfterTheInstant_isNotShown() {
        Explanation why = explain(T.minus(Duration.ofDays(1)), NOTHING, standing(ANN, true, true, SeatStatus.ACTIVE, ANNS));

        assertThat(why.users().get(0).lastQualifyingActivityAt()).isEmpty();
        assertThat(why.reason()).contains(ReasonCode.NO_QUALIFYING_ACTIVITY);
    }

    // docs/rules.md §8: each user's reason is the first failing step, in the order of §3

    @Test
    void userReason_seatedDeactivatedAndUnassigned_isNoAssignment() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, false, SeatStatus.DEACTIVATED, null));

        assertThat(why.users().get(0).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void userReason_neitherAssignedNorSeated_isNoAssignment() {
        Explanation why = explain(T, NOTHING, standing(ANN, true, false, null, null));

        assertThat(why.users().get(0).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void userReason_removedFromThePartnerWhileAnotherStaysAssigned_isNotAPartnerUser() {
        AttributedActivity als = new AttributedActivity(ActivityId.of("a-2"), AL, T.plus(Duration.ofDays(1)));
        var facts = new RelationshipFacts(P, Optional.of(als), Optional.empty());

        Explanation why = explain(T.plus(Duration.ofDays(61)), facts,
                standing(ANN, false, false, SeatStatus.ACTIVE, ANNS),
                standing(AL, true, true, SeatStatus.ACTIVE, als));

        assertThat(why.servicing()).isFalse();
        assertThat(why.reason()).contains(ReasonCode.EXPIRED);
        assertThat(why.users()).extracting(u -> u.reason().orElseThrow())
                .containsExactly(ReasonCode.EXPIRED, ReasonCode.NOT_A_PARTNER_USER);
    }

    @Test
    void neverAttributed_unassignedAndAssignedDeactivated_theRowsReasonIsUserDeactivated() {
        Explanation why = explain(T, NOTHING,
                standing(AL, true, false, SeatStatus.ACTIVE, null),
                standing(ANN, true, true, SeatStatus.DEACTIVATED, null));

        assertThat(why.reason()).contains(ReasonCode.USER_DEACTIVATED);
    }

    @Test
    void neverAttributed_tiesGoToTheFirstUserByEmail() {
        Explanation why = explain(T, NOTHING,
                standing(ANN, true, true, null, null),
                standing(AL, true, true, SeatStatus.DEACTIVATED, null));

        assertThat(why.reason()).contains(ReasonCode.USER_DEACTIVATED);
    }

    @Test
    void expired_endedAtIsTheLastCountingActivityPlusSixtyDays() {
        var facts = new RelationshipFacts(P, Optional.of(ANNS), Optional.empty());

        Explanation why = explain(T.plus(Duration.ofDays(90)), facts, standing(ANN, true, true, SeatStatus.ACTIVE, ANNS));

        assertThat(why.reason()).contains(ReasonCode.EXPIRED);
        assertThat(why.endedAt()).contains(T.plus(Duration.ofDays(60)));
    }
}
