package com.managedmrr.web.ui;

import io.vertx.core.MultiMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The date a page shows its figures for, as sent in the query string ({@code asOf}, ISO): today when empty, a past
 * date, or a future one (a projection), between 2000-01-01 and ten years from today. The Points breakdown and a
 * client's page read it the same way.
 *
 * @param asOf as sent, trimmed; empty for today
 */
public record AsOfDate(String asOf) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int LATEST_YEARS_AHEAD = 10;
    private static final int ISO_DATE_LENGTH = 10;

    public static AsOfDate from(MultiMap params) {
        String raw = params.get("asOf");
        return new AsOfDate(raw == null ? "" : raw.strip());
    }

    /** An ISO date ({@code 2026-03-01}) as a form sent it; empty for anything else. */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > ISO_DATE_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Why the date cannot be shown, in the texts' language; empty when it can (or none was sent). */
    public Optional<String> error(Instant now, Texts texts) {
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parse(asOf);
        if (date.isEmpty()) {
            return Optional.of(texts.get("common.error.dateFormat"));
        }
        return inRange(date.get(), now) ? Optional.empty()
                : Optional.of(texts.get("common.error.pickADate", texts.date(EARLIEST), texts.date(latest(now))));
    }

    /** The date without what cannot be shown: today instead of a wrong date. */
    public AsOfDate valid(Instant now) {
        return asOf.isEmpty() || parse(asOf).filter(date -> inRange(date, now)).isPresent() ? this : new AsOfDate("");
    }

    public LocalDate date(Instant now) {
        return parse(asOf).orElse(Formats.today(now));
    }

    public boolean today(Instant now) {
        return date(now).equals(Formats.today(now));
    }

    public boolean projection(Instant now) {
        return date(now).isAfter(Formats.today(now));
    }

    /** Now for today (or no date); otherwise the last microsecond of the date, in UTC. */
    public Instant at(Instant now) {
        if (today(now)) {
            return now;
        }
        return date(now).plusDays(1).atStartOfDay(Formats.ZONE).toInstant().minus(1, ChronoUnit.MICROS);
    }

    private static boolean inRange(LocalDate date, Instant now) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest(now));
    }

    private static LocalDate latest(Instant now) {
        return Formats.today(now).plusYears(LATEST_YEARS_AHEAD);
    }
}
