package com.managedmrr.persistence;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.PointUnitTable;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.port.PointUnitPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.CompletionStage;

/**
 * The point units through time. Small, so read whole on each call; a change takes the command lock like the
 * catalogue's.
 */
public final class PointUnitPersistenceAdapter implements PointUnitPort {

    private static final String ALL = "SELECT currency, effective_from, unit FROM point_units";
    private static final String SAVE = """
            WITH known AS (SELECT EXISTS (SELECT 1 FROM point_units WHERE currency = $1) AS known),
            saved AS (
                INSERT INTO point_units (currency, effective_from, unit) VALUES ($1, $2, $3)
                ON CONFLICT (currency, effective_from) DO UPDATE SET unit = excluded.unit)
            SELECT NOT known AS created FROM known""";

    private final Pool pool;
    private final TransactionGate gate;

    PointUnitPersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    @Override
    public CompletionStage<PointUnitTable> pointUnits() {
        return Sql.stage(pool.preparedQuery(ALL).execute()
                .map(rows -> new PointUnitTable(Sql.map(rows, row -> new PointUnit(
                        CurrencyCode.of(row.getString("currency")), row.getBigDecimal("unit"),
                        Sql.instant(row, "effective_from"))))));
    }

    @Override
    public CompletionStage<Boolean> save(PointUnit unit) {
        Tuple values = Tuple.of(unit.currency().code(), Sql.timestamp(unit.effectiveFrom()), unit.unit());
        return Transactions.inTransaction(pool, gate, AdvisoryLock::exclusive, connection -> Sql.stage(connection
                .preparedQuery(SAVE).execute(values)
                .map(rows -> rows.iterator().next().getBoolean("created"))));
    }
}
