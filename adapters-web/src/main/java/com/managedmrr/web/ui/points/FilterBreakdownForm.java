package com.managedmrr.web.ui.points;

import com.managedmrr.application.credit.BreakdownSort;
import com.managedmrr.web.ui.AsOfDate;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.Texts;
import io.vertx.core.MultiMap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Points breakdown's filter, as sent in the query string: a search over client name and Hub ID, an "as of" date
 * (today by default; a future date is a projection), whether to show only credit expiring within 14 days, the page
 * of the table, and its order: the column ({@code sort}, a {@link BreakdownSort.Column} written in lower case with
 * hyphens; the client name by default) and the direction ({@code dir}: {@code asc} by default, or {@code desc}).
 */
public record FilterBreakdownForm(String q, String asOf, boolean expiring, int page, String sort, String dir) {

    public static final int MAX_SEARCH = 200;
    static final String DESCENDING = "desc";

    public static FilterBreakdownForm from(MultiMap params) {
        return new FilterBreakdownForm(
                trimmed(params.get("q")),
                trimmed(params.get("asOf")),
                "on".equals(params.get("expiring")) || "true".equals(params.get("expiring")),
                Pagination.parsePage(params.get("page")),
                trimmed(params.get("sort")),
                trimmed(params.get("dir")));
    }

    /** What is wrong with the filter, by field, said in the page's language. */
    public Map<String, String> errors(Instant now, Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (searchTooLong()) {
            errors.put("q", texts.count("points.error.searchTooLong", MAX_SEARCH));
        }
        asOfDate().error(now, texts).ifPresent(error -> errors.put("asOf", error));
        return errors;
    }

    private boolean searchTooLong() {
        return q.length() > MAX_SEARCH;
    }

    /** The "as of" date, read as every page reads it. */
    public AsOfDate asOfDate() {
        return new AsOfDate(asOf);
    }

    /**
     * The form with whatever is invalid left out: what the page shows when some field is wrong. An order the table
     * does not know is its own order (the links make no other, so it needs no message).
     */
    public FilterBreakdownForm valid(Instant now) {
        BreakdownSort order = breakdownSort();
        return new FilterBreakdownForm(searchTooLong() ? "" : q, asOfDate().valid(now).asOf(),
                expiring, page, sortParam(order), dirParam(order));
    }

    /** The order asked for; the breakdown's own order (client name) when none, or one unknown, is. */
    public BreakdownSort breakdownSort() {
        Optional<BreakdownSort.Column> column = Arrays.stream(BreakdownSort.Column.values())
                .filter(c -> key(c).equals(sort))
                .findFirst();
        BreakdownSort.Direction direction = DESCENDING.equals(dir)
                ? BreakdownSort.Direction.DESCENDING
                : BreakdownSort.Direction.ASCENDING;
        return new BreakdownSort(column.orElse(BreakdownSort.Column.CLIENT), direction);
    }

    /** The same filter on its first page in the given order. */
    public FilterBreakdownForm sortedBy(BreakdownSort order) {
        return new FilterBreakdownForm(q, asOf, expiring, 1, sortParam(order), dirParam(order));
    }

    /** The same filter without the search, on its first page. */
    public FilterBreakdownForm withoutSearch() {
        return new FilterBreakdownForm("", asOf, expiring, 1, sort, dir);
    }

    /** The same filter with every row, not only the credit expiring soon, on its first page. */
    public FilterBreakdownForm withoutExpiring() {
        return new FilterBreakdownForm(q, asOf, false, 1, sort, dir);
    }

    /** The order's column in the query string; none for the breakdown's own order. */
    private static String sortParam(BreakdownSort order) {
        return order.equals(BreakdownSort.DEFAULT) ? "" : key(order.column());
    }

    private static String dirParam(BreakdownSort order) {
        return order.direction() == BreakdownSort.Direction.DESCENDING ? DESCENDING : "";
    }

    /** A column as the query string names it: {@code points}, {@code last-activity}. */
    static String key(BreakdownSort.Column column) {
        return column.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The date the breakdown is for. */
    public LocalDate date(Instant now) {
        return asOfDate().date(now);
    }

    /** Now for today (or no date); otherwise the last microsecond of the date, in UTC. */
    public Instant at(Instant now) {
        return asOfDate().at(now);
    }

    public boolean projection(Instant now) {
        return asOfDate().projection(now);
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
        query.put("sort", sort);
        query.put("dir", dir);
        query.put("page", onPage > 1 ? Integer.toString(onPage) : "");
        return query;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
