package com.managedmrr.persistence;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link SqlTemplate}s of one client (the pool of a query adapter), each statement parsed once. Parsing a
 * template costs about 10 µs of event-loop time, as much as the rest of a short read's client-side work, and the
 * pool's reads run on every page view; a statement in a transaction is parsed on its connection each time instead
 * ({@code SqlTemplate.forQuery(connection, ...)}), which is small next to the transaction's round trips.
 */
final class Templates {

    private final SqlClient client;
    private final Map<String, SqlTemplate<Map<String, Object>, RowSet<Row>>> queries = new ConcurrentHashMap<>();
    private final Map<String, SqlTemplate<Map<String, Object>, SqlResult<Void>>> updates = new ConcurrentHashMap<>();

    Templates(SqlClient client) {
        this.client = client;
    }

    /** As {@link SqlTemplate#forQuery}; map its rows with {@code mapTo}, which parses nothing again. */
    SqlTemplate<Map<String, Object>, RowSet<Row>> query(String statement) {
        return queries.computeIfAbsent(statement, sql -> SqlTemplate.forQuery(client, sql));
    }

    /** As {@link SqlTemplate#forUpdate}. */
    SqlTemplate<Map<String, Object>, SqlResult<Void>> update(String statement) {
        return updates.computeIfAbsent(statement, sql -> SqlTemplate.forUpdate(client, sql));
    }
}
