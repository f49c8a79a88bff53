package com.managedmrr.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Small conversions between the domain's values and the pg client's, shared by the adapters. */
final class Sql {

    private Sql() {
    }

    /** timestamptz parameters are bound as UTC offsets; the domain keeps instants to the microsecond already. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static Optional<Instant> optionalInstant(Row row, String column) {
        return Optional.ofNullable(instant(row, column));
    }

    static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> mapped = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mapped.add(mapper.apply(row));
        }
        return mapped;
    }

    static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(mapper.apply(iterator.next())) : Optional.empty();
    }

    /** The rows of a template's answer, mapped already ({@code SqlTemplate.mapTo}), as a list in their order. */
    static <T> List<T> list(RowSet<T> rows) {
        List<T> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }

    /** The first row of a template's answer, mapped already, if any. */
    static <T> Optional<T> first(RowSet<T> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }

    /** The future as a stage for the core, with database failures translated ({@link PostgresErrors}). */
    static <T> CompletionStage<T> stage(Future<T> future) {
        return future.recover(PostgresErrors::translate).toCompletionStage();
    }
}
