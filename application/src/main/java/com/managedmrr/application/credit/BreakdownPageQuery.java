package com.managedmrr.application.credit;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A breakdown, optionally one page of its rows: without a limit and a cursor every row (as {@link BreakdownQuery});
 * with either, at most {@code limit} rows ({@link Page#DEFAULT_LIMIT} when only a cursor is sent, at most
 * {@link #MAX_LIMIT}) after the cursor's row, in the breakdown's order (client name, case-insensitively, then Hub ID).
 */
public record BreakdownPageQuery(BreakdownQuery breakdown, Optional<Integer> limit, Optional<After> after) {

    public static final int MAX_LIMIT = 1000;
    static final String LISTING = "breakdown";

    /** The key of the last row of the previous page: its lower-cased client name and its Hub ID. */
    public record After(String name, long hubId) {

        public After {
            Objects.requireNonNull(name, "name");
        }
    }

    public BreakdownPageQuery {
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(after, "after");
        limit.ifPresent(value -> PageCursor.limit(value, MAX_LIMIT));
    }

    public static BreakdownPageQuery of(BreakdownQuery breakdown, Optional<Integer> limit, Optional<String> cursor) {
        Optional<After> after = PageCursor.decode(LISTING, cursor, 2).map(BreakdownPageQuery::after);
        if (limit.isEmpty() && after.isPresent()) {
            limit = Optional.of(Page.DEFAULT_LIMIT);
        }
        return new BreakdownPageQuery(breakdown, limit, after);
    }

    private static After after(List<String> parts) {
        try {
            return new After(parts.get(0), Long.parseLong(parts.get(1)));
        } catch (RuntimeException malformed) {
            throw PageCursor.invalid();
        }
    }

    static String cursorOf(String lowerCaseName, long hubId) {
        return PageCursor.encode(LISTING, lowerCaseName, Long.toString(hubId));
    }
}
