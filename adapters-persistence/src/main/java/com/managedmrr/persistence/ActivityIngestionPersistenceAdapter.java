package com.managedmrr.persistence;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.ActivityLedgerPort;
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
    private final TransactionGate gate;

    /** @param gate shared by every adapter on the pool that runs write transactions */
    ActivityIngestionPersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    @Override
    public <T> CompletionStage<T> inTransaction(Function<ActivityLedgerPort, CompletionStage<T>> work) {
        return Transactions.inTransaction(pool, gate, AdvisoryLock::shared,
                connection -> work.apply(new ActivityLedgerPersistenceAdapter(connection)));
    }
}
