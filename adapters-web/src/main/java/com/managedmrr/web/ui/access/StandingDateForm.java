package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.UiMessages;
import io.vertx.core.MultiMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The date a client's page shows the partner's standing for, as sent in the query string ({@code asOf}): today by
 * default, a past date, or a future one (a projection), within the same bounds as the Points page's.
 */
public record StandingDateForm(String asOf) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int LATEST_YEARS_AHEAD = 10;

    public static StandingDateForm from(MultiMap params) {
        String raw = params.get("asOf");
        return new StandingDateForm(raw == null ? "" : raw.strip());
    }

    /** The message for a date that cannot be shown, or null. */
    public String error(Instant now) {
        if (asOf.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = parsed();
        LocalDate latest = Formats.today(now).plusYears(LATEST_YEARS_AHEAD);
        if (date.isEmpty()) {
            return UiMessages.DATE_FORMAT;
        }
        if (date.get().isBefore(EARLIEST) || date.get().isAfter(latest)) {
            return UiMessages.pickADate(Formats.date(EARLIEST), Formats.date(latest));
        }
        return null;
    }

    /** The form without a date it cannot show: what the page shows when the date sent is wrong. */
    public StandingDateForm valid(Instant now) {
        return error(now) == null ? this : new StandingDateForm("");
    }

    public LocalDate date(Instant now) {
        return parsed().orElse(Formats.today(now));
    }

    public boolean today(Instant now) {
        return date(now).equals(Formats.today(now));
    }

    public boolean projection(Instant now) {
        return date(now).isAfter(Formats.today(now));
    }

    /** Now for today (or no date); otherwise the last microsecond of the date, in UTC (as the Points page). */
    public Instant at(Instant now) {
        if (today(now)) {
            return now;
        }
        return date(now).plusDays(1).atStartOfDay(Formats.ZONE).toInstant().minus(1, ChronoUnit.MICROS);
    }

    private Optional<LocalDate> parsed() {
        if (asOf.isEmpty() || asOf.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(asOf));
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }
}
