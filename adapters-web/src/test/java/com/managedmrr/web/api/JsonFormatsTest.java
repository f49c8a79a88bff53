package com.managedmrr.web.api;

import com.managedmrr.domain.model.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFormatsTest {

    @Test
    void money_hasExactlyTheCurrencysDecimals() {
        assertThat(JsonFormats.money(new BigDecimal("500"), CurrencyCode.of("USD"))).isEqualTo("500.00");
        assertThat(JsonFormats.money(BigDecimal.ZERO, CurrencyCode.of("EUR"))).isEqualTo("0.00");
        assertThat(JsonFormats.money(new BigDecimal("3334"), CurrencyCode.of("JPY"))).isEqualTo("3334");
        assertThat(JsonFormats.money(new BigDecimal("1E+3"), CurrencyCode.of("USD"))).isEqualTo("1000.00");
    }

    @Test
    void points_alwaysHaveTwoDecimals() {
        assertThat(JsonFormats.points(new BigDecimal("5"))).isEqualTo("5.00");
        assertThat(JsonFormats.points(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(JsonFormats.points(new BigDecimal("0.23"))).isEqualTo("0.23");
    }

    @Test
    void units_dropTrailingZeros() {
        assertThat(JsonFormats.unit(new BigDecimal("100"))).isEqualTo("100");
        assertThat(JsonFormats.unit(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(JsonFormats.unit(new BigDecimal("91.50"))).isEqualTo("91.5");
    }

    @Test
    void instants_areIsoUtc_withFractionsOnlyWhenPresent() {
        assertThat(JsonFormats.instant(Instant.parse("2026-11-27T10:00:00Z"))).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(JsonFormats.instant(Instant.parse("2026-11-27T10:00:00.123456Z")))
                .isEqualTo("2026-11-27T10:00:00.123456Z");
        assertThat(JsonFormats.instantOrNull(Optional.empty())).isNull();
    }
}
