package com.managedmrr.persistence;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PointUnitPort;
import io.vertx.sqlclient.Pool;
import java.util.Objects;

/**
 * Every outbound port on PostgreSQL, built from one vertx-pg-client {@link Pool} on a migrated database
 * ({@link com.managedmrr.persistence.database.DatabaseMigrator}); bootstrap wires these by hand. The adapters are
 * stateless and thread-safe; the pool belongs to the caller, who closes it.
 */
public record PersistenceAdapters(CommandTransactionPort commands, ActivityIngestionPort ingestion,
                                  BreakdownQueryPort breakdowns, PartnerQueryPort partners, ClientQueryPort clients,
                                  CataloguePort catalogue, PointUnitPort pointUnits) {

    public PersistenceAdapters {
        Objects.requireNonNull(commands);
        Objects.requireNonNull(ingestion);
        Objects.requireNonNull(breakdowns);
        Objects.requireNonNull(partners);
        Objects.requireNonNull(clients);
        Objects.requireNonNull(catalogue);
        Objects.requireNonNull(pointUnits);
    }

    public static PersistenceAdapters on(Pool pool) {
        Objects.requireNonNull(pool, "pool");
        return new PersistenceAdapters(
                new CommandTransactionPersistenceAdapter(pool),
                new ActivityIngestionPersistenceAdapter(pool),
                new BreakdownPersistenceAdapter(pool),
                new PartnerPersistenceAdapter(pool),
                new ClientPersistenceAdapter(pool),
                new CataloguePersistenceAdapter(pool),
                new PointUnitPersistenceAdapter(pool));
    }
}
