package com.managedmrr.web.api;

import com.managedmrr.domain.model.CurrencyCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How values are written on the wire: money and points as decimal strings, instants as ISO-8601 UTC. */
final class JsonFormats {

    private static final int POINTS_DECIMALS = 2;

    private JsonFormats() {
    }

    /** Money with exactly the currency's decimals: {@code "500.00"}, JPY {@code "3334"}. */
    static String money(BigDecimal amount, CurrencyCode currency) {
        return amount.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Points, always with 2 decimals: {@code "5.00"}. */
    static String points(BigDecimal points) {
        return points.setScale(POINTS_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A point unit as the operator set it, without trailing zeros: {@code "100"}, {@code "0.5"}. */
    static String unit(BigDecimal unit) {
        BigDecimal stripped = unit.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** {@code 2026-11-27T10:00:00Z}; fractions of a second only when there are some. */
    static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** An instant, or JSON null when absent. */
    static String instantOrNull(Optional<Instant> instant) {
        return instant.map(JsonFormats::instant).orElse(null);
    }
}
