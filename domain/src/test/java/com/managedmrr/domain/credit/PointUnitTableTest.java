package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rules.md §6.3 and §6.4: point units are effective-dated; points use the unit in effect at the instant. */
class PointUnitTableTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final Instant CHANGE = Instant.parse("2026-06-01T00:00:00Z");

    private final PointUnitTable table = new PointUnitTable(List.of(
            new PointUnit(USD, new BigDecimal("100"), Instant.EPOCH),
            new PointUnit(USD, new BigDecimal("120"), CHANGE),
            new PointUnit(CurrencyCode.of("JPY"), new BigDecimal("14400"), Instant.EPOCH)));

    @Test
    void unitAt_isTheOneInEffectAtTheInstant() {
        assertThat(table.unitAt(USD, CHANGE.minusNanos(1000))).contains(new BigDecimal("100"));
        assertThat(table.unitAt(USD, CHANGE)).contains(new BigDecimal("120"));
        assertThat(table.unitAt(CurrencyCode.of("JPY"), CHANGE)).contains(new BigDecimal("14400"));
        assertThat(table.unitAt(CurrencyCode.of("CHF"), CHANGE)).isEmpty();
        assertThat(table.unitAt(USD, Instant.EPOCH.minusSeconds(1))).isEmpty();
    }

    @Test
    void currentAt_listsOneUnitPerCurrency() {
        assertThat(table.currentAt(CHANGE)).extracting(u -> u.currency().code() + "=" + u.unit())
                .containsExactly("JPY=14400", "USD=120");
        assertThat(table.hasRate(USD)).isTrue();
        assertThat(table.hasRate(CurrencyCode.of("CHF"))).isFalse();
    }
}
