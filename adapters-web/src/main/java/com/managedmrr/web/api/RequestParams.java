package com.managedmrr.web.api;

import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.RoutingContext;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Path and query parameters, read into domain values. A malformed one fails with a 400 {@link ProblemException}
 * naming the parameter. Path parameters arrive URL-decoded; e-mails are normalised by {@link Email}.
 */
final class RequestParams {

    private static final String POSITIVE_LONG = "must be a positive 64-bit integer";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private RequestParams() {
    }

    static PartnerId partnerId(RoutingContext ctx) {
        return JsonFields.as("partnerId", PartnerId::of, ctx.pathParam("partnerId"));
    }

    static HubId hubId(RoutingContext ctx) {
        return hubId("hubId", ctx.pathParam("hubId"));
    }

    static HubId hubId(String field, String raw) {
        if (raw == null || !DIGITS.matcher(raw).matches()) {
            throw JsonFields.problem(field, POSITIVE_LONG);
        }
        try {
            long value = Long.parseLong(raw);
            if (value <= 0) {
                throw JsonFields.problem(field, POSITIVE_LONG);
            }
            return HubId.of(value);
        } catch (NumberFormatException tooLarge) {
            throw JsonFields.problem(field, POSITIVE_LONG);
        }
    }

    static Email email(RoutingContext ctx) {
        return JsonFields.as("email", Email::of, ctx.pathParam("email"));
    }

    /** The {@code at} query parameter: an ISO-8601 instant with offset, absent for now. */
    static Optional<Instant> at(RoutingContext ctx) {
        return query(ctx, "at").map(raw -> instant("at", raw));
    }

    /** An optional query parameter; sent twice, the first one counts. */
    static Optional<String> query(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    static int intQuery(RoutingContext ctx, String name, int otherwise) {
        Optional<String> raw = query(ctx, name);
        if (raw.isEmpty()) {
            return otherwise;
        }
        if (!raw.get().matches("\\d{1,9}")) {
            throw JsonFields.problem(name, "must be a whole number");
        }
        return Integer.parseInt(raw.get());
    }

    /**
     * The {@code limit} query parameter of a page: a whole number from 1 to {@code max}, {@code otherwise} when absent.
     * A malformed or out-of-range one is kept in the checks, and {@code otherwise} stands in for it meanwhile.
     */
    static int limit(RoutingContext ctx, FieldChecks checks, int otherwise, int max) {
        Integer number = checks.check(() -> intQuery(ctx, "limit", otherwise));
        Integer limit = number == null ? null : checks.checkRule(() -> PageCursor.limit(number, max));
        return limit == null ? otherwise : limit;
    }

    /** An ISO-8601 instant with offset ({@code 2026-11-27T10:00:00Z}, {@code 2026-11-27T11:00:00+01:00}). */
    static Instant instant(String field, String raw) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException malformed) {
            throw JsonFields.problem(field, "must be an ISO-8601 instant with offset, e.g. 2026-11-27T10:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw JsonFields.problem(field, "must be between the years 0001 and 9999");
        }
        return instant;
    }
}
