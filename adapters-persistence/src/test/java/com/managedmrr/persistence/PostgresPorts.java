package com.managedmrr.persistence;

import com.managedmrr.domain.contract.StorePorts;
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

    private FreshDatabase database;
    private Vertx vertx;
    private Pool pool;
    private PersistenceAdapters adapters;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = FreshDatabase.create();
        vertx = Vertx.vertx();
        pool = database.pool(vertx);
        adapters = PersistenceAdapters.on(pool);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
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
