package com.managedmrr.application.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a listing: its items, and the opaque cursor of the next page (empty on the last page). Pages are read by
 * key (each page starts after the last key of the one before), so rows inserted meanwhile never shift a page: no row
 * is skipped or shown twice.
 */
public record Page<T>(List<T> items, Optional<String> next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * A page from {@code limit + 1} rows read in order: the extra row only tells that there is a next page, whose
     * cursor is the key of the last row shown.
     */
    public static <T> Page<T> of(List<T> readOneMore, int limit, Function<T, String> cursorOf) {
        if (readOneMore.size() <= limit) {
            return new Page<>(readOneMore, Optional.empty());
        }
        List<T> shown = readOneMore.subList(0, limit);
        return new Page<>(shown, Optional.of(cursorOf.apply(shown.get(limit - 1))));
    }
}
