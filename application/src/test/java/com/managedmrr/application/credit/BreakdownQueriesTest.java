package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Points page's queries: credit expiring within 14 days; one row of the breakdown explained (docs/rules.md §7, §8). */
class BreakdownQueriesTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.partner("b", "b.example");
        s.client(501, "Soon", "USD", "1000.00", false);
        s.client(502, "Later", "USD", "1000.00", false);
        s.client(503, "Other partner's", "USD", "1000.00", false);
        s.employee("a", "ann@a.example");
        s.employee("b", "bob@b.example");
        s.seat(501, "ann@a.example");
        s.seat(502, "ann@a.example");
        s.seat(503, "bob@b.example");
        s.publish("soon-1", 501, "ann@a.example");
        s.advanceDays(50);
        s.publish("later-1", 502, "ann@a.example");
        s.publish("other-1", 503, "bob@b.example");
    }

    private Breakdown filter(boolean expiringOnly, Instant at) {
        return Scenario.await(s.app.services.filterBreakdown()
                .filterBreakdown(new FilterBreakdownQuery(PartnerId.of("a"), at, Optional.empty(), expiringOnly)));
    }

    private List<Long> sortedBy(BreakdownSort.Column column, BreakdownSort.Direction direction) {
        return Scenario.await(s.app.services.filterBreakdown().filterBreakdown(new FilterBreakdownQuery(
                        PartnerId.of("a"), s.now(), Optional.empty(), false, new BreakdownSort(column, direction))))
                .clients().stream().map(row -> row.client().hubId().value()).toList();
    }

    private BreakdownRowExplanation explainRow(String partnerId, long hubId, Instant at) {
        return Scenario.await(s.app.services.explainBreakdownRow()
                .explainBreakdownRow(new ExplanationQuery(PartnerId.of(partnerId), HubId.of(hubId), Optional.of(at))));
    }

    @Test
    void expiringOnly_keepsTheCreditThatRunsOutWithin14Days_andTheWholeTotals() {
        Breakdown all = filter(false, s.now());
        Breakdown expiring = filter(true, s.now());

        assertThat(all.clients()).extracting(row -> row.client().hubId().value()).containsExactly(502L, 501L);
        assertThat(expiring.clients()).extracting(row -> row.client().hubId().value()).containsExactly(501L);
        assertThat(expiring.managedPoints()).isEqualByComparingTo(all.managedPoints());
        assertThat(expiring.servicedClients()).isEqualTo(2);
    }

    @Test
    void sortedByAColumn_eitherWay_tiesInNameOrder_andEmptyValuesLast() {
        s.client(504, "Alpha", "USD", "500.00", false);
        s.seat(504, "ann@a.example");
        BreakdownSort.Direction up = BreakdownSort.Direction.ASCENDING;
        BreakdownSort.Direction down = BreakdownSort.Direction.DESCENDING;

        assertThat(sortedBy(BreakdownSort.Column.CLIENT, up)).containsExactly(504L, 502L, 501L);
        assertThat(sortedBy(BreakdownSort.Column.CLIENT, down)).containsExactly(501L, 502L, 504L);
        assertThat(sortedBy(BreakdownSort.Column.HUB_ID, down)).containsExactly(504L, 502L, 501L);
        assertThat(sortedBy(BreakdownSort.Column.POINTS, down)).as("Later and Soon have 10 points each")
                .containsExactly(502L, 501L, 504L);
        assertThat(sortedBy(BreakdownSort.Column.POINTS, up)).containsExactly(504L, 502L, 501L);
        assertThat(sortedBy(BreakdownSort.Column.MRR, up)).containsExactly(504L, 502L, 501L);
        assertThat(sortedBy(BreakdownSort.Column.EXPIRES_ON, up)).as("Alpha has no expiry")
                .containsExactly(501L, 502L, 504L);
        assertThat(sortedBy(BreakdownSort.Column.EXPIRES_ON, down)).containsExactly(502L, 501L, 504L);
        assertThat(sortedBy(BreakdownSort.Column.LAST_ACTIVITY, down)).as("Alpha has no activity")
                .containsExactly(502L, 501L, 504L);
    }

    @Test
    void sortedRows_keepTheWholeTotals() {
        Breakdown sorted = Scenario.await(s.app.services.filterBreakdown().filterBreakdown(new FilterBreakdownQuery(
                PartnerId.of("a"), s.now(), Optional.empty(), false,
                new BreakdownSort(BreakdownSort.Column.POINTS, BreakdownSort.Direction.DESCENDING))));

        assertThat(sorted.managedPoints()).isEqualByComparingTo(filter(false, s.now()).managedPoints());
        assertThat(sorted.servicedClients()).isEqualTo(2);
    }

    @Test
    void creditExpiringOn14DaysExactly_isNotSoon() {
        Instant expires = s.row("a", 501).expiresAt().orElseThrow();

        assertThat(ExpiringCredit.soon(s.row("a", 501), expires.minus(Duration.ofDays(14)))).isFalse();
        assertThat(ExpiringCredit.soon(s.row("a", 501),
                expires.minus(Duration.ofDays(14)).plusMillis(1))).isTrue();
    }

    @Test
    void aRowOfTheBreakdown_isExplainedAtTheSameInstant() {
        Instant at = s.now();

        BreakdownRowExplanation row = explainRow("a", 501, at);

        assertThat(row.client().name()).isEqualTo("Soon");
        assertThat(row.explanation().at()).isEqualTo(at);
        assertThat(row.explanation().servicing()).isTrue();
    }

    @Test
    void anotherPartnersClient_isNotARow_andNotFound() {
        assertThatThrownBy(() -> explainRow("a", 503, s.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("CLIENT_NOT_FOUND");
                });
    }

    @Test
    void aClientBeforeThePartnerWasAssignedToIt_isNotARowYet() {
        s.client(504, "New", "USD", "1000.00", false);
        Instant before = s.now();
        s.advanceDays(1);
        s.seat(504, "ann@a.example");

        assertThatThrownBy(() -> explainRow("a", 504, before))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(explainRow("a", 504, s.now()).client().name()).isEqualTo("New");
    }
}
