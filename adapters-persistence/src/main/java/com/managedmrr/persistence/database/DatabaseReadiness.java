package com.managedmrr.persistence.database;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** A cheap round trip to the database, for the readiness probe: it answers, and it accepts writes. */
public final class DatabaseReadiness {

    private DatabaseReadiness() {
    }

    /**
     * A standby in recovery, or a database whose transactions start read-only
     * ({@code default_transaction_read_only=on}), answers every write with an error: it is not ready.
     */
    static final String READ_ONLY = "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only')::boolean AS read_only";

    /**
     * Each call asks the pool whether the database accepts writes; the stage fails when it does not answer or when it
     * is read-only.
     */
    public static Supplier<CompletionStage<Void>> check(Pool pool) {
        return () -> pool.query(READ_ONLY).execute().<Void>compose(rows -> rows.iterator().next().getBoolean("read_only")
                ? Future.failedFuture(new IllegalStateException("the database is read-only"))
                : Future.succeededFuture()).toCompletionStage();
    }
}
