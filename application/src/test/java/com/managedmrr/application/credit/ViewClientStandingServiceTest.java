package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner's standing on one client at an instant: its breakdown row (docs/rules.md §7) and explanation (§8). */
class ViewClientStandingServiceTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.partner("b", "b.example");
        s.client(501, "Globex", "USD", "1000.00", false);
        s.advanceDays(1);
        s.employee("a", "ann@a.example");
        s.employee("b", "bob@b.example");
        s.addEmployees("a", 501, "ann@a.example");
        s.addEmployees("b", 501, "bob@b.example");
        s.advanceDays(1);
        s.publish("ann-1", 501, "ann@a.example");
        s.publish("bob-1", 501, "bob@b.example");
        s.advanceDays(10);
    }

    private ClientStanding standing(Optional<Instant> at) {
        return Scenario.await(s.app.services.viewClientStanding().viewClientStanding(
                new ExplanationQuery(PartnerId.of("a"), HubId.of(501), at)));
    }

    @Test
    void aSharedClient_now_isTheBreakdownRowAndTheExplanationAtTheSameInstant() {
        ClientStanding standing = standing(Optional.empty());

        assertThat(standing.at()).isEqualTo(s.now());
        assertThat(standing.servicing()).isTrue();
        assertThat(standing.row()).get().satisfies(row -> {
            assertThat(row.credit()).isEqualByComparingTo(new BigDecimal("500.00"));
            assertThat(row.sharedWith()).isEqualTo(2);
            assertThat(row.expiresAt()).isPresent();
        });
        assertThat(standing.row().get()).isEqualTo(s.row("a", 501));
        assertThat(standing.explanation()).isEqualTo(s.explain("a", 501));
    }

    @Test
    void beforeThePartnerWasAssigned_thereIsNoRow_andItIsNotServicing() {
        ClientStanding standing = standing(Optional.of(s.now().minus(Duration.ofDays(11).plusHours(12))));

        assertThat(standing.row()).isEmpty();
        assertThat(standing.servicing()).isFalse();
        assertThat(standing.explanation().servicing()).isFalse();
    }

    @Test
    void aDeactivatedUserWhoseActivityStillCounts_keepsCreditUntil60DaysAfterIt() {
        Instant published = s.now().minus(Duration.ofDays(10));
        s.seat(501, "ann@a.example", SeatStatus.DEACTIVATED);

        Explanation.User ann = standing(Optional.empty()).explanation().users().stream()
                .filter(user -> user.email().value().equals("ann@a.example")).findFirst().orElseThrow();

        assertThat(ann.clientUser()).contains(SeatStatus.DEACTIVATED);
        assertThat(ann.keepsCreditUntil()).contains(published.plus(Duration.ofDays(60)));
    }

    @Test
    void aDeactivatedUserWithNothingCounting_keepsNoCredit() {
        s.advanceDays(60);
        s.seat(501, "ann@a.example", SeatStatus.DEACTIVATED);

        Explanation.User ann = standing(Optional.empty()).explanation().users().stream()
                .filter(user -> user.email().value().equals("ann@a.example")).findFirst().orElseThrow();

        assertThat(ann.keepsCreditUntil()).isEmpty();
    }
}
