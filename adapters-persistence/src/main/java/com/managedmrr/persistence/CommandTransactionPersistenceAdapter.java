package com.managedmrr.persistence;

import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Each command is one PostgreSQL transaction whose first statement takes the product's advisory lock exclusively
 * ({@link AdvisoryLock}): commands run one at a time across every server instance, and never while an ingestion
 * batch is running. The work's {@link AccessCommandPort} uses that transaction's connection; the transaction commits when
 * the work's stage completes and rolls back when it fails.
 */
public final class CommandTransactionPersistenceAdapter implements CommandTransactionPort {

    private final Pool pool;
    private final TransactionGate gate;

    /** @param gate shared by every adapter on the pool that runs write transactions */
    CommandTransactionPersistenceAdapter(Pool pool, TransactionGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    @Override
    public <T> CompletionStage<T> inTransaction(Function<AccessCommandPort, CompletionStage<T>> work) {
        return Transactions.inTransaction(pool, gate, AdvisoryLock::exclusive,
                connection -> work.apply(new AccessPersistenceAdapter(connection)));
    }
}
