package com.managedmrr.persistence.database;

import io.vertx.sqlclient.Pool;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** A cheap round trip to the database, for the readiness probe. */
public final class DatabaseReadiness {

    private DatabaseReadiness() {
    }

    /** Each call runs {@code SELECT 1} on the pool; the stage fails when the database does not answer. */
    public static Supplier<CompletionStage<Void>> check(Pool pool) {
        return () -> pool.query("SELECT 1").execute().<Void>mapEmpty().toCompletionStage();
    }
}
