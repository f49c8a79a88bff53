package com.managedmrr.web.api;

import com.managedmrr.domain.model.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

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

    @Test
    void instants_areWrittenExactlyAsIsoInstant() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.000001Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX,
                Instant.parse("2026-11-27T10:00:00.100Z"), Instant.parse("2026-11-27T10:00:00.000100Z")));
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L), nanos));
        }
        for (Instant instant : instants) {
            assertThat(JsonFormats.instant(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
    }
}
