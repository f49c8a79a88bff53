package com.managedmrr.persistence;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.PointUnitTable;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.port.PointUnitPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The point units through time. Small, so read whole on each call; a change takes the command lock like the
 * catalogue's.
 */
public final class PointUnitPersistenceAdapter implements PointUnitPort {

    private final Pool pool;
    private final Templates templates;
    private final TransactionGate gate;

    PointUnitPersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.templates = new Templates(pool);
        this.gate = gate;
    }

    @Override
    public CompletionStage<PointUnitTable> pointUnits() {
        return Sql.stage(templates.query("SELECT currency, effective_from, unit FROM point_units")
                .mapTo(row -> new PointUnit(CurrencyCode.of(row.getString("currency")), row.getBigDecimal("unit"),
                        Sql.instant(row, "effective_from")))
                .execute(Map.of())
                .map(rows -> new PointUnitTable(Sql.list(rows))));
    }

    /** Answers whether the currency had no unit before. */
    @Override
    public CompletionStage<Boolean> save(PointUnit unit) {
        Map<String, Object> parameters = Map.of("currency", unit.currency().code(),
                "effectiveFrom", Sql.timestamp(unit.effectiveFrom()), "unit", unit.unit());
        return Transactions.inTransaction(pool, gate, AdvisoryLock::exclusive, connection -> Sql.stage(
                SqlTemplate.forQuery(connection, """
                        WITH known AS (SELECT EXISTS (SELECT 1 FROM point_units WHERE currency = #{currency}) AS known),
                        saved AS (
                            INSERT INTO point_units (currency, effective_from, unit)
                            VALUES (#{currency}, #{effectiveFrom}, #{unit})
                            ON CONFLICT (currency, effective_from) DO UPDATE SET unit = excluded.unit)
                        SELECT NOT known AS created FROM known""")
                        .mapTo(row -> row.getBoolean("created"))
                        .execute(parameters)
                        .map(created -> created.iterator().next())));
    }
}
