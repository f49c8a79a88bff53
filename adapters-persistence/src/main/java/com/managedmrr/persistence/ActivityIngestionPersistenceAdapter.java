package com.managedmrr.persistence;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.ActivityLedger;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Each ingestion batch is one PostgreSQL transaction holding the product's advisory lock shared
 * ({@link AdvisoryLock}): batches run side by side, and a command waits for the running ones (and they for it).
 * Once the stage completes, the transaction has committed and the inserted activities are durable.
 */
public final class ActivityIngestionPersistenceAdapter implements ActivityIngestionPort {

    private final Pool pool;

    public ActivityIngestionPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public <T> CompletionStage<T> inTransaction(Function<ActivityLedger, CompletionStage<T>> work) {
        return Transactions.inTransaction(pool, AdvisoryLock::shared,
                connection -> work.apply(new ActivityLedgerPersistenceAdapter(connection)));
    }
}
