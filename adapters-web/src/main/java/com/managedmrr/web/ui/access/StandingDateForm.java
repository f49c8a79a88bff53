package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Texts;
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
    public String error(Instant now, Texts texts) {
        if (asOf.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = parsed();
        if (date.isEmpty()) {
            return texts.get("access.error.dateFormat");
        }
        LocalDate latest = latest(now);
        if (date.get().isBefore(EARLIEST) || date.get().isAfter(latest)) {
            return texts.get("access.error.pickADate", texts.date(EARLIEST), texts.date(latest));
        }
        return null;
    }

    private boolean showable(Instant now) {
        return asOf.isEmpty() || parsed().filter(date -> !date.isBefore(EARLIEST) && !date.isAfter(latest(now)))
                .isPresent();
    }

    private static LocalDate latest(Instant now) {
        return Formats.today(now).plusYears(LATEST_YEARS_AHEAD);
    }

    /** The form without a date it cannot show: what the page shows when the date sent is wrong. */
    public StandingDateForm valid(Instant now) {
        return showable(now) ? this : new StandingDateForm("");
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
