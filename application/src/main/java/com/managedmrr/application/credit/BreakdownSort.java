package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.BreakdownRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The order of a breakdown's rows: by one of its columns, ascending or descending. Rows equal in that column keep the
 * breakdown's own order (client name case-insensitively, then Hub ID), and a row with nothing in the column (no last
 * activity, no expiry) comes last either way. Amounts compare as numbers, whatever their currency.
 */
public record BreakdownSort(Column column, Direction direction) {

    /** The breakdown's own order: client name, case-insensitively, then Hub ID. */
    public static final BreakdownSort DEFAULT = new BreakdownSort(Column.CLIENT, Direction.ASCENDING);

    /** The columns of a breakdown row, in the order the table shows them. */
    public enum Column {
        CLIENT, HUB_ID, CURRENCY, MRR, CREDIT, POINTS, SHARED_WITH, LAST_ACTIVITY, EXPIRES_ON
    }

    public enum Direction {
        ASCENDING, DESCENDING;

        public Direction reversed() {
            return this == ASCENDING ? DESCENDING : ASCENDING;
        }
    }

    private static final Comparator<BreakdownRow> OWN_ORDER = Comparator
            .comparing((BreakdownRow row) -> row.client().name().toLowerCase(Locale.ROOT))
            .thenComparingLong(row -> row.client().hubId().value());

    public BreakdownSort {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(direction, "direction");
    }

    /** The rows in this order (a new list). */
    public List<BreakdownRow> sorted(List<BreakdownRow> rows) {
        return rows.stream().sorted(comparator()).toList();
    }

    Comparator<BreakdownRow> comparator() {
        Comparator<BreakdownRow> primary = switch (column) {
            case CLIENT -> direction == Direction.ASCENDING ? OWN_ORDER : OWN_ORDER.reversed();
            case HUB_ID -> by(row -> row.client().hubId().value());
            case CURRENCY -> by(row -> row.client().currency().code());
            case MRR -> by(row -> row.client().mrr());
            case CREDIT -> by(BreakdownRow::credit);
            case POINTS -> by(BreakdownRow::points);
            case SHARED_WITH -> by(BreakdownRow::sharedWith);
            case LAST_ACTIVITY -> emptyLast(BreakdownRow::lastActivityAt);
            case EXPIRES_ON -> emptyLast(BreakdownRow::expiresAt);
        };
        return primary.thenComparing(OWN_ORDER);
    }

    private <T extends Comparable<? super T>> Comparator<BreakdownRow> by(Function<BreakdownRow, T> key) {
        return Comparator.comparing(key, this.<T>order());
    }

    /** The present values in this direction; an empty one after every present one, either way. */
    private Comparator<BreakdownRow> emptyLast(Function<BreakdownRow, Optional<Instant>> value) {
        return Comparator.comparing((BreakdownRow row) -> value.apply(row).orElse(null),
                Comparator.nullsLast(this.<Instant>order()));
    }

    private <T extends Comparable<? super T>> Comparator<T> order() {
        return direction == Direction.ASCENDING ? Comparator.naturalOrder() : Comparator.reverseOrder();
    }
}
