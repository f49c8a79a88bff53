package com.managedmrr.persistence;

import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.port.CataloguePort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The qualifying-action catalogue through time. The table is small (one row per tool and change), so it is read
 * whole on each call: every server instance sees another's change at once. A change takes the command lock, so it
 * never interleaves with an ingestion batch judging activities.
 */
public final class CataloguePersistenceAdapter implements CataloguePort {

    static final String ALL = "SELECT tool, effective_from, actions FROM qualifying_actions";
    private static final String SAVE = """
            WITH known AS (SELECT EXISTS (SELECT 1 FROM qualifying_actions WHERE tool = $1) AS known),
            saved AS (
                INSERT INTO qualifying_actions (tool, effective_from, actions) VALUES ($1, $2, $3)
                ON CONFLICT (tool, effective_from) DO UPDATE SET actions = excluded.actions)
            SELECT NOT known AS created FROM known""";

    private final Pool pool;
    private final TransactionGate gate;

    CataloguePersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    @Override
    public CompletionStage<QualifyingCatalogue> catalogue() {
        return Sql.stage(pool.preparedQuery(ALL).execute().map(CataloguePersistenceAdapter::catalogue));
    }

    static QualifyingCatalogue catalogue(RowSet<Row> rows) {
        return new QualifyingCatalogue(Sql.map(rows, row -> new QualifyingActions(row.getString("tool"),
                Set.of(row.getArrayOfStrings("actions")), Sql.instant(row, "effective_from"))));
    }

    @Override
    public CompletionStage<Boolean> save(QualifyingActions actions) {
        Tuple values = Tuple.tuple().addString(actions.tool()).addOffsetDateTime(Sql.timestamp(actions.effectiveFrom()))
                .addArrayOfString(actions.actions().toArray(String[]::new));
        return Transactions.inTransaction(pool, gate, AdvisoryLock::exclusive, connection -> Sql.stage(connection
                .preparedQuery(SAVE).execute(values)
                .map(rows -> rows.iterator().next().getBoolean("created"))));
    }
}
