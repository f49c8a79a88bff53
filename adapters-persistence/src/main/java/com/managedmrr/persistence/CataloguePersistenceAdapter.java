package com.managedmrr.persistence;

import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.port.CataloguePort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The qualifying-action catalogue through time. The table is small (one row per tool and change), so it is read
 * whole on each call: every server instance sees another's change at once. A change takes the command lock, so it
 * never interleaves with an ingestion batch judging activities.
 */
public final class CataloguePersistenceAdapter implements CataloguePort {

    /** The whole catalogue, read by {@link #catalogue()} and by the command store inside a command. */
    static final String ALL = "SELECT tool, effective_from, actions FROM qualifying_actions";

    private final Pool pool;
    private final TransactionGate gate;

    CataloguePersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    @Override
    public CompletionStage<QualifyingCatalogue> catalogue() {
        // hot path: positional prepared statement, measured in benchmarks/ (read by every ingestion batch)
        return Sql.stage(pool.preparedQuery(ALL).execute().map(CataloguePersistenceAdapter::catalogue));
    }

    static QualifyingCatalogue catalogue(RowSet<Row> rows) {
        return new QualifyingCatalogue(Sql.map(rows, CataloguePersistenceAdapter::qualifyingActions));
    }

    private static QualifyingActions qualifyingActions(Row row) {
        return new QualifyingActions(row.getString("tool"), Set.of(row.getArrayOfStrings("actions")),
                Sql.instant(row, "effective_from"));
    }

    /** Answers whether the tool was new to the catalogue. */
    @Override
    public CompletionStage<Boolean> save(QualifyingActions actions) {
        Map<String, Object> parameters = Map.of("tool", actions.tool(),
                "effectiveFrom", Sql.timestamp(actions.effectiveFrom()),
                "actions", actions.actions().toArray(String[]::new));
        return Transactions.inTransaction(pool, gate, AdvisoryLock::exclusive, connection -> Sql.stage(
                SqlTemplate.forQuery(connection, """
                        WITH known AS (SELECT EXISTS (SELECT 1 FROM qualifying_actions WHERE tool = #{tool}) AS known),
                        saved AS (
                            INSERT INTO qualifying_actions (tool, effective_from, actions)
                            VALUES (#{tool}, #{effectiveFrom}, #{actions})
                            ON CONFLICT (tool, effective_from) DO UPDATE SET actions = excluded.actions)
                        SELECT NOT known AS created FROM known""")
                        .mapTo(row -> row.getBoolean("created"))
                        .execute(parameters)
                        .map(created -> created.iterator().next())));
    }
}
