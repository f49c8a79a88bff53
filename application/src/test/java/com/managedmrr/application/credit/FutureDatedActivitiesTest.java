package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.catalogue.SetQualifyingActionsCommand;
import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An activity may arrive dated up to 5 minutes ahead of the server clock (docs/rules.md §4.4); it is attributed by the standings
 * at its own instant (docs/rules.md §4), so a command that lands between its arrival and its instant changes its attribution.
 */
class FutureDatedActivitiesTest {

    private static final Duration AHEAD = Duration.ofMinutes(3);

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example").partner("b", "b.example");
        s.client(501, "Globex", "USD", "1000.00", false);
    }

    private RecordedActivity stored(String activityId) {
        return s.app.store.activities().stream()
                .filter(r -> r.activity().id().value().equals(activityId))
                .findFirst().orElseThrow();
    }

    @Test
    void anActivityAhead_removingTheStaffBeforeItsInstant_leavesItUnattributed() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.publishAt("a-1", 501, "ann@a.example", ahead);
        assertThat(stored("a-1").attributedTo()).containsExactly(PartnerId.of("a"));

        s.advance(Duration.ofMinutes(1));
        s.removeStaff("a", 501, "ann@a.example");

        assertThat(stored("a-1").attributedTo()).isEmpty();
        assertThat(s.row("a", 501, ahead.plusSeconds(1)).servicing()).isFalse();
        assertThat(s.explain("a", 501, ahead.plusSeconds(1)).reason()).contains(ReasonCode.NO_ASSIGNMENT);
    }

    @Test
    void anActivityAheadOfAnyAssignment_addingTheEmployeeBeforeItsInstant_attributesIt() {
        s.employee("a", "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.publishAt("a-1", 501, "ann@a.example", ahead);
        assertThat(stored("a-1").attributedTo()).isEmpty();

        s.advance(Duration.ofMinutes(1));
        s.addEmployees("a", 501, "ann@a.example");

        assertThat(stored("a-1").attributedTo()).containsExactly(PartnerId.of("a"));
        assertThat(s.row("a", 501, ahead.plusSeconds(1)).servicing()).isTrue();
    }

    @Test
    void anActivityAhead_deactivatingOrUnassigningBeforeItsInstant_dropsOnlyThatPartner() {
        s.employee("a", "fay@a.example");
        s.contractor("b", "fay@a.example");
        s.seat(501, "fay@a.example");
        s.linkClient("b", "fay@a.example", 501);
        Instant ahead = s.now().plus(AHEAD);
        s.publishAt("f-1", 501, "fay@a.example", ahead);
        assertThat(stored("f-1").attributedTo()).containsExactly(PartnerId.of("a"), PartnerId.of("b"));

        s.advance(Duration.ofSeconds(30));
        s.unassign("b", 501, "fay@a.example");
        assertThat(stored("f-1").attributedTo()).containsExactly(PartnerId.of("a"));

        s.advance(Duration.ofSeconds(30));
        s.seat(501, "fay@a.example", SeatStatus.DEACTIVATED);
        assertThat(stored("f-1").attributedTo()).isEmpty();
        assertThat(s.explain("a", 501, ahead.plusSeconds(1)).reason()).contains(ReasonCode.USER_DEACTIVATED);
    }

    @Test
    void anActivityAlreadyPast_aLaterCommand_leavesItsAttributionAlone() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.publish("a-1", 501, "ann@a.example");

        s.advance(Duration.ofMinutes(1));
        s.removeStaff("a", 501, "ann@a.example");

        assertThat(stored("a-1").attributedTo()).containsExactly(PartnerId.of("a"));
    }

    @Test
    void anActivityAhead_removingThePartnerUserBeforeItsInstant_leavesItUnattributed() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.publishAt("a-1", 501, "ann@a.example", s.now().plus(AHEAD));

        s.advance(Duration.ofMinutes(1));
        s.removePartnerUser("a", "ann@a.example");

        assertThat(stored("a-1").attributedTo()).isEmpty();
    }

    // docs/rules.md §4.2: a catalogue change judges anew the activities dated after it, also those received before it

    private void setQualifyingActions(String tool, String... actions) {
        Scenario.await(s.app.services.setQualifyingActions().setQualifyingActions(
                new SetQualifyingActionsCommand(tool, Set.of(actions))));
    }

    @Test
    void aNonQualifyingActivityAhead_aCatalogueChangeBeforeItsInstantIncludingIt_qualifiesAndAttributesIt() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.activity("d-1", 501, "ann@a.example", "BLOG", "EDIT", ahead, null);
        assertThat(stored("d-1").qualifies()).isFalse();

        s.advance(Duration.ofMinutes(1));
        setQualifyingActions("BLOG", "PUBLISH", "EDIT");

        assertThat(stored("d-1").qualifies()).isTrue();
        assertThat(stored("d-1").attributedTo()).containsExactly(PartnerId.of("a"));
        assertThat(s.row("a", 501, ahead).servicing()).isTrue();
    }

    @Test
    void aQualifyingActivityAhead_aCatalogueChangeBeforeItsInstantDroppingIt_unqualifiesAndUnattributesIt() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.publishAt("p-1", 501, "ann@a.example", ahead);
        s.publish("p-0", 501, "ann@a.example");
        assertThat(stored("p-1").attributedTo()).containsExactly(PartnerId.of("a"));

        s.advance(Duration.ofMinutes(1));
        setQualifyingActions("BLOG", "CREATE");

        assertThat(stored("p-1").qualifies()).isFalse();
        assertThat(stored("p-1").attributedTo()).isEmpty();
        assertThat(stored("p-0").attributedTo()).containsExactly(PartnerId.of("a"));
        assertThat(s.row("a", 501, ahead).lastActivityAt()).isNotEqualTo(java.util.Optional.of(ahead));
    }

    @Test
    void aNonQualifyingActivityAheadOfAnyAssignment_catalogueThenAccessCommand_attributeIt() {
        s.employee("a", "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.activity("d-2", 501, "ann@a.example", "BLOG", "EDIT", ahead, null);

        s.advance(Duration.ofSeconds(30));
        setQualifyingActions("BLOG", "PUBLISH", "EDIT");
        s.advance(Duration.ofSeconds(30));
        s.addEmployees("a", 501, "ann@a.example");

        assertThat(stored("d-2").qualifies()).isTrue();
        assertThat(stored("d-2").attributedTo()).containsExactly(PartnerId.of("a"));
    }

    @Test
    void anActivityAtTheInstantOfALaterCommand_theCommandJudgesItAnew() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        Instant ahead = s.now().plus(AHEAD);
        s.publishAt("a-1", 501, "ann@a.example", ahead);
        assertThat(stored("a-1").attributedTo()).containsExactly(PartnerId.of("a"));

        s.advance(AHEAD);
        s.unassign("a", 501, "ann@a.example");

        assertThat(stored("a-1").attributedTo()).isEmpty();
    }
}
