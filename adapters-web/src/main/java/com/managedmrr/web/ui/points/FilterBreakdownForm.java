package com.managedmrr.web.ui.points;

import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.UiMessages;
import io.vertx.core.MultiMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Points breakdown's filter, as sent in the query string: a search over client name and Hub ID, an "as of" date
 * (today by default; a future date is a projection), whether to show only credit expiring within 14 days, and the
 * page of the table.
 */
public record FilterBreakdownForm(String q, String asOf, boolean expiring, int page) {

    public static final int MAX_SEARCH = 200;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int LATEST_YEARS_AHEAD = 10;

    public static FilterBreakdownForm from(MultiMap params) {
        return new FilterBreakdownForm(
                trimmed(params.get("q")),
                trimmed(params.get("asOf")),
                "on".equals(params.get("expiring")) || "true".equals(params.get("expiring")),
                Pagination.parsePage(params.get("page")));
    }

    public Map<String, String> errors(Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (q.length() > MAX_SEARCH) {
            errors.put("q", UiMessages.searchTooLong(MAX_SEARCH));
        }
        if (!asOf.isEmpty()) {
            Optional<LocalDate> date = parsedDate();
            LocalDate latest = Formats.today(now).plusYears(LATEST_YEARS_AHEAD);
            if (date.isEmpty()) {
                errors.put("asOf", UiMessages.DATE_FORMAT);
            } else if (date.get().isBefore(EARLIEST) || date.get().isAfter(latest)) {
                errors.put("asOf", UiMessages.pickADate(Formats.date(EARLIEST), Formats.date(latest)));
            }
        }
        return errors;
    }

    /** The form with whatever is invalid left out: what the page shows when some field is wrong. */
    public FilterBreakdownForm valid(Instant now) {
        Map<String, String> errors = errors(now);
        return new FilterBreakdownForm(errors.containsKey("q") ? "" : q, errors.containsKey("asOf") ? "" : asOf,
                expiring, page);
    }

    public Optional<LocalDate> parsedDate() {
        if (asOf.isEmpty() || asOf.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(asOf));
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }

    /** The date the breakdown is for. */
    public LocalDate date(Instant now) {
        return parsedDate().orElse(Formats.today(now));
    }

    /** Now for today (or no date); otherwise the last microsecond of the date, in UTC. */
    public Instant at(Instant now) {
        LocalDate today = Formats.today(now);
        LocalDate date = date(now);
        if (date.equals(today)) {
            return now;
        }
        return date.plusDays(1).atStartOfDay(Formats.ZONE).toInstant().minus(1, ChronoUnit.MICROS);
    }

    public boolean projection(Instant now) {
        return date(now).isAfter(Formats.today(now));
    }

    public Optional<String> search() {
        return q.isBlank() ? Optional.empty() : Optional.of(q);
    }

    /** The filter as query parameters (for links), on the given page. */
    public Map<String, String> query(int onPage) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("asOf", asOf);
        query.put("expiring", expiring ? "on" : "");
        query.put("page", onPage > 1 ? Integer.toString(onPage) : "");
        return query;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
