package com.managedmrr.web.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The admin UI's machine formats, the same in every language: the zone it counts dates in (UTC), ISO dates for URLs,
 * form values and file names, and plain decimals for the CSV. What a person reads is written by {@link Texts}.
 */
public final class Formats {

    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private Formats() {
    }

    /** A plain decimal for machines (CSV): no separators. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** An ISO date ({@code 2026-03-01}) in UTC. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** An ISO date ({@code 2026-03-01}). */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }
}
