package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/rules.md §5: the 60-day window of each attributed activity, and how an immediate end cuts it. */
class ManagedCreditPolicyTest {

    private static final PartnerId P = PartnerId.of("acme");
    private static final HubId H = HubId.of(501);
    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");
    private static final Duration MICRO = Duration.ofNanos(1000);
    private static final AttributedActivity ACTIVITY =
            new AttributedActivity(ActivityId.of("a-1"), Email.of("ann@acme.example"), AT);

    private static RelationshipFacts facts(Optional<RelationshipEnd> end) {
        return new RelationshipFacts(P, Optional.of(ACTIVITY), end);
    }

    private static Optional<RelationshipEnd> endAt(Instant at, EndReason reason) {
        return Optional.of(new RelationshipEnd(P, H, at, reason));
    }

    @ParameterizedTest(name = "t = occurredAt {0} -> counts {1}")
    @CsvSource({
            "-PT0.000001S, false",  // before the activity: it has not happened yet
            "PT0S, true",           // at its very instant (inclusive)
            "P1D, true",
            "PT1439H59M59.999999S, true", // 60 days minus a microsecond
            "PT1440H, false",       // exactly 60 days later (exclusive)
            "PT1440H0.000001S, false",
            "P90D, false",
    })
    void window_countsFromItsInstantInclusiveForSixtyDaysExclusive(String offset, boolean counts) {
        Instant t = AT.plus(Duration.parse(offset));

        assertThat(ManagedCreditPolicy.counts(ACTIVITY, Optional.empty(), t)).isEqualTo(counts);
        assertThat(ManagedCreditPolicy.statusAt(facts(Optional.empty()), t).servicing()).isEqualTo(counts);
    }

    @Test
    void window_expiresAtSixtyDaysAfterTheActivity() {
        assertThat(ACTIVITY.expiresAt()).isEqualTo(AT.plus(Duration.ofDays(60)));
        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts(Optional.empty()), AT.plus(Duration.ofDays(1)));
        assertThat(status.keptAliveBy()).contains(ACTIVITY);
        assertThat(status.expiresAt()).contains(AT.plus(Duration.ofDays(60)));
    }

    @Test
    void window_afterExpiry_reasonIsExpired() {
        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts(Optional.empty()), AT.plus(Duration.ofDays(60)));

        assertThat(status.servicing()).isFalse();
        assertThat(status.reason()).contains(ReasonCode.EXPIRED);
        assertThat(status.expiresAt()).isEmpty();
    }

    @Test
    void immediateEnd_cutsACountingActivityAtOnce() {
        Instant end = AT.plus(Duration.ofDays(3));
        var facts = facts(endAt(end, EndReason.USERS_REMOVED_FROM_CLIENT));

        assertThat(ManagedCreditPolicy.statusAt(facts, end.minus(MICRO)).servicing()).as("before the end").isTrue();
        RelationshipStatus atEnd = ManagedCreditPolicy.statusAt(facts, end);
        assertThat(atEnd.servicing()).isFalse();
        assertThat(atEnd.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
        assertThat(atEnd.endedAt()).contains(end);
        assertThat(ManagedCreditPolicy.statusAt(facts, end.plus(Duration.ofDays(10))).reason())
                .contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
    }

    @Test
    void immediateEnd_atTheActivitysVeryInstant_cutsIt() {
        var facts = facts(endAt(AT, EndReason.USERS_REMOVED_FROM_PARTNER));

        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts, AT);

        assertThat(status.servicing()).isFalse();
        assertThat(status.reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);
    }

    @Test
    void immediateEnd_beforeTheActivity_doesNotCutIt() {
        var facts = facts(endAt(AT.minus(MICRO), EndReason.USERS_REMOVED_FROM_CLIENT));

        assertThat(ManagedCreditPolicy.statusAt(facts, AT).servicing()).isTrue();
        assertThat(ManagedCreditPolicy.counts(ACTIVITY, facts.lastEnd(), AT.plus(Duration.ofDays(59)))).isTrue();
    }

    @Test
    void immediateEnd_inTheFutureOfT_doesNotCutYet() {
        var end = endAt(AT.plus(Duration.ofDays(5)), EndReason.USERS_REMOVED_FROM_CLIENT);

        assertThat(ManagedCreditPolicy.counts(ACTIVITY, end, AT.plus(Duration.ofDays(4)))).isTrue();
    }

    @Test
    void endAfterExpiry_explainsNothing_reasonStaysExpired() {
        var facts = facts(endAt(AT.plus(Duration.ofDays(61)), EndReason.USERS_REMOVED_FROM_CLIENT));

        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts, AT.plus(Duration.ofDays(62)));

        assertThat(status.reason()).contains(ReasonCode.EXPIRED);
        assertThat(status.endedAt()).contains(ACTIVITY.expiresAt());
    }

    @Test
    void delayedEnd_withoutImmediateEnd_lastsUntilSixtyDaysAfterTheLastActivity() {
        AttributedActivity later = new AttributedActivity(ActivityId.of("a-2"), ACTIVITY.userEmail(),
                AT.plus(Duration.ofDays(30)));
        var facts = new RelationshipFacts(P, Optional.of(later), Optional.empty());

        assertThat(ManagedCreditPolicy.statusAt(facts, AT.plus(Duration.ofDays(89))).servicing()).isTrue();
        assertThat(ManagedCreditPolicy.statusAt(facts, AT.plus(Duration.ofDays(90))).servicing()).isFalse();
    }

    @Test
    void nothingAttributed_notServicing_noQualifyingActivity() {
        RelationshipStatus status = ManagedCreditPolicy.statusAt(
                new RelationshipFacts(P, Optional.empty(), Optional.empty()), AT);

        assertThat(status.servicing()).isFalse();
        assertThat(status.reason()).contains(ReasonCode.NO_QUALIFYING_ACTIVITY);
    }

    @Test
    void activityAfterT_isIgnored_futureActivitiesDoNotCountInThePast() {
        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts(Optional.empty()), AT.minus(Duration.ofDays(1)));

        assertThat(status.servicing()).isFalse();
        assertThat(status.reason()).contains(ReasonCode.NO_QUALIFYING_ACTIVITY);
    }

    @Test
    void secondEndAfterTheCreditRanOut_doesNotHideTheEndThatCutIt() {
        RelationshipEnd first = new RelationshipEnd(P, H, AT.plus(Duration.ofDays(1)), EndReason.USERS_REMOVED_FROM_CLIENT);
        RelationshipEnd second = new RelationshipEnd(P, H, AT.plus(Duration.ofDays(70)),
                EndReason.USERS_REMOVED_FROM_PARTNER);
        var facts = RelationshipFacts.withEnds(P, Optional.of(ACTIVITY), List.of(first, second));

        for (Instant t : List.of(AT.plus(Duration.ofDays(65)), AT.plus(Duration.ofDays(71)))) {
            RelationshipStatus status = ManagedCreditPolicy.statusAt(facts, t);
            assertThat(status.reason()).as("at %s", t).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
            assertThat(status.endedAt()).as("at %s", t).contains(first.endedAt());
        }
    }

    @Test
    void endsAfterT_areIgnored_evenWhenTheFactsCarryThem() {
        RelationshipEnd later = new RelationshipEnd(P, H, AT.plus(Duration.ofDays(5)), EndReason.USERS_REMOVED_FROM_CLIENT);
        var facts = RelationshipFacts.withEnds(P, Optional.of(ACTIVITY), List.of(later));

        assertThat(ManagedCreditPolicy.statusAt(facts, AT.plus(Duration.ofDays(4))).servicing()).isTrue();
        assertThat(ManagedCreditPolicy.statusAt(facts, AT.plus(Duration.ofDays(5))).servicing()).isFalse();
    }
}
