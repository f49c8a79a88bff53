package com.managedmrr.persistence;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PointUnitPort;
import com.managedmrr.persistence.database.DatabaseMigrator;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.PgPoolFactory;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.Objects;

/**
 * Every outbound port on PostgreSQL, built from one vertx-pg-client {@link Pool} on a migrated database
 * ({@link DatabaseMigrator}); bootstrap wires these by hand. The adapters are
 * stateless and thread-safe; the pool belongs to the caller, who closes it.
 */
public record PersistenceAdapters(CommandTransactionPort commands, ActivityIngestionPort ingestion,
                                  BreakdownQueryPort breakdowns, PartnerQueryPort partners, ClientQueryPort clients,
                                  CataloguePort catalogue, PointUnitPort pointUnits, AuditQueryPort audit) {

    public PersistenceAdapters {
        Objects.requireNonNull(commands);
        Objects.requireNonNull(ingestion);
        Objects.requireNonNull(breakdowns);
        Objects.requireNonNull(partners);
        Objects.requireNonNull(clients);
        Objects.requireNonNull(catalogue);
        Objects.requireNonNull(pointUnits);
        Objects.requireNonNull(audit);
    }

    /** For a pool made by {@link PgPoolFactory#create(Vertx, DatabaseUrl)}. */
    public static PersistenceAdapters on(Pool pool) {
        return on(pool, PgPoolFactory.DEFAULT_MAX_SIZE);
    }

    /**
     * @param maxPoolSize the pool's maximum size: write transactions hold at most all but two of its connections
     *                    at once (the rest queue without blocking), so reads made inside a transaction always find one
     */
    public static PersistenceAdapters on(Pool pool, int maxPoolSize) {
        Objects.requireNonNull(pool, "pool");
        TransactionGate writes = TransactionGate.forPoolOf(maxPoolSize);
        return new PersistenceAdapters(
                new CommandTransactionPersistenceAdapter(pool, writes),
                new ActivityIngestionPersistenceAdapter(pool, writes),
                new BreakdownPersistenceAdapter(pool),
                new PartnerPersistenceAdapter(pool),
                new ClientPersistenceAdapter(pool),
                new CataloguePersistenceAdapter(pool, writes),
                new PointUnitPersistenceAdapter(pool, writes),
                new AuditPersistenceAdapter(pool));
    }
}
