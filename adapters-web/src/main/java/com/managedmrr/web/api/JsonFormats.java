package com.managedmrr.web.api;

import com.managedmrr.domain.model.CurrencyCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    /**
     * {@code 2026-11-27T10:00:00Z}; fractions of a second only when there are some, in groups of 3 digits: exactly
     * {@link DateTimeFormatter#ISO_INSTANT}, which writes years 1970–9999 here without its formatter machinery (a
     * breakdown writes thousands of instants).
     */
    static String instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > LAST_SECOND_OF_9999) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nanos = instant.getNano();
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        char[] text = new char[20 + (fractionDigits == 0 ? 0 : 1 + fractionDigits)];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        if (fractionDigits > 0) {
            text[19] = '.';
            digits(text, 20, nanos / (fractionDigits == 3 ? 1_000_000 : fractionDigits == 6 ? 1_000 : 1), fractionDigits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    /** Writes {@code value} as exactly {@code count} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(char[] text, int offset, int value, int count) {
        for (int i = offset + count - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** An instant, or JSON null when absent. */
    static String instantOrNull(Optional<Instant> instant) {
        return instant.map(JsonFormats::instant).orElse(null);
    }
}
