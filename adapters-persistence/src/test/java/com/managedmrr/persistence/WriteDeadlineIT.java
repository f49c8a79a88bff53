package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.StoreUnavailableException;
import com.managedmrr.persistence.database.Jdbc;
import io.vertx.core.Promise;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A write that cannot finish in time is rolled back, never committed late: it waits for the writers' lock at most the
 * lock time-out, and a transaction not ready to commit by its deadline rolls back. Either way the failure is "store
 * unavailable" (503, retry later) and nothing was stored.
 */
class WriteDeadlineIT {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Test
    void anotherSessionHoldsTheWritersLock_aCommand_failsUnavailable_andStoresNothing() throws Exception {
        PartnerId initech = PartnerId.of("initech");
        try (Connection other = Jdbc.open(postgres.database().url()); Statement sql = other.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");

            CompletionStage<Boolean> saved = postgres.adapters().commands().inTransaction(
                    store -> store.savePartner(new Partner(initech, "Initech", List.of("initech.example"))));

            assertThatThrownBy(() -> saved.toCompletableFuture().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StoreUnavailableException.class);
        }
        assertThat(postgres.adapters().partners().partner(initech).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isEmpty();
    }

    @Test
    void theWorkIsNotDoneByTheDeadline_theTransactionRollsBack_andFailsUnavailable() throws Exception {
        PartnerId umbrella = PartnerId.of("umbrella");
        TransactionGate gate = new TransactionGate(1);

        CompletionStage<Boolean> late = Transactions.inTransaction(postgres.pool(), gate, AdvisoryLock::exclusive,
                connection -> new AccessPersistenceAdapter(connection)
                        .savePartner(new Partner(umbrella, "Umbrella", List.of("umbrella.example")))
                        .thenCompose(saved -> {
                            Promise<Boolean> slow = Promise.promise();
                            postgres.vertx().setTimer(800, id -> slow.complete(saved));
                            return slow.future().toCompletionStage();
                        }),
                Duration.ofMillis(300));

        assertThatThrownBy(() -> late.toCompletableFuture().get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(StoreUnavailableException.class);
        assertThat(postgres.adapters().partners().partner(umbrella).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isEmpty();
    }
}
