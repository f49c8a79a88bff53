package com.managedmrr.persistence;

import com.managedmrr.domain.contract.StorePorts;
import com.managedmrr.persistence.database.PgPoolFactory;
import com.managedmrr.persistence.testing.FreshDatabase;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL adapters on a fresh migrated database for one test class:
 * {@code @RegisterExtension static final PostgresPorts postgres = new PostgresPorts();}
 */
public final class PostgresPorts implements BeforeAllCallback, AfterAllCallback {

    /** Room for six write transactions at once (two connections stay free for reads), as on a small server. */
    static final int POOL_SIZE = 8;

    private FreshDatabase database;
    private Vertx vertx;
    private Pool pool;
    private PersistenceAdapters adapters;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = FreshDatabase.create();
        vertx = Vertx.vertx();
        pool = PgPoolFactory.create(vertx, database.url(), POOL_SIZE);
        adapters = PersistenceAdapters.on(pool, POOL_SIZE);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            database.close();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    public PersistenceAdapters adapters() {
        return adapters;
    }

    public StorePorts ports() {
        return new StorePorts(adapters.commands(), adapters.ingestion(), adapters.breakdowns(), adapters.partners(),
                adapters.clients(), adapters.catalogue(), adapters.pointUnits());
    }

    public Pool pool() {
        return pool;
    }

    public Vertx vertx() {
        return vertx;
    }

    public FreshDatabase database() {
        return database;
    }
}
