package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.model.HubId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md §6.4: every input of the points formula is read as at t — the MRR, the point unit, the growth-market flag and
 * the currency — so a breakdown of a past instant never changes because of a later command.
 */
class PointsInputsAsAtTTest {

    private Scenario s;
    private Instant serviced;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.client(501, "Globex", "USD", "1000.00", false);
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.publish("a-1", 501, "ann@a.example");
        serviced = s.now();
        s.advanceDays(1);
    }

    @Test
    void growthMarketFlag_aLaterChange_leavesThePastBreakdownAlone_andCountsFromItsInstant() {
        BreakdownRow before = s.row("a", 501, serviced);
        assertThat(before.points()).isEqualByComparingTo("10.00");

        s.client(501, "Globex", "USD", "1000.00", true);
        Instant changed = s.now();

        assertThat(s.row("a", 501, serviced).points()).isEqualByComparingTo("10.00");
        assertThat(s.breakdown("a", serviced).managedPoints()).isEqualByComparingTo("10.00");
        assertThat(s.row("a", 501, changed).points()).isEqualByComparingTo("20.00");
        assertThat(s.row("a", 501, changed.minus(Duration.ofNanos(1000))).points()).isEqualByComparingTo("10.00");

        s.advanceDays(1);
        s.client(501, "Globex", "USD", "1000.00", false);
        assertThat(s.row("a", 501, changed).points()).isEqualByComparingTo("20.00");
        assertThat(s.row("a", 501, s.now()).points()).isEqualByComparingTo("10.00");
    }

    @Test
    void currency_mayChange_withTheMrrGivenAlongside_andInstantsBeforeKeepTheOldCurrencyAndMrr() {
        s.client(501, "Globex", "EUR", "880.00", false);
        Instant changed = s.now();

        BreakdownRow before = s.row("a", 501, serviced);
        assertThat(before.client().currency().code()).isEqualTo("USD");
        assertThat(before.client().mrr()).isEqualByComparingTo("1000.00");
        assertThat(before.credit()).isEqualByComparingTo("1000.00");
        assertThat(before.points()).isEqualByComparingTo("10.00");

        BreakdownRow after = s.row("a", 501, changed);
        assertThat(after.client().currency().code()).isEqualTo("EUR");
        assertThat(after.credit()).isEqualByComparingTo("880.00");
        assertThat(after.points()).isEqualByComparingTo("10.00");

        s.advanceDays(1);
        s.client(501, "Globex", "JPY", "144000", false);
        assertThat(s.row("a", 501, s.now()).credit()).isEqualByComparingTo("144000");
        assertThat(s.row("a", 501, s.now()).points()).isEqualByComparingTo("10.00");
        assertThat(s.row("a", 501, changed).client().currency().code()).isEqualTo("EUR");
        assertThat(Scenario.await(s.app.services.viewClient().viewClient(HubId.of(501))).currency().code())
                .isEqualTo("JPY");
    }
}
