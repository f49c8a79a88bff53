package com.managedmrr.application.common;

import com.managedmrr.domain.access.AccessChange;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Runs an access command in its transaction: load the snapshot of its scope, decide in the domain
 * ({@link AccessChange}), apply the changes, compute the servicing spans they alter again, record the audit entry.
 */
public final class AccessCommands {

    private AccessCommands() {
    }

    /**
     * @param scope  what the command needs, at its instant (read under the command lock)
     * @param decide the command on the snapshot; answers the use case's result or throws its refusal
     */
    public static <T> CompletionStage<T> run(CommandTransactionPort transactions, ClockPort clock,
                                             Function<Instant, AccessScope> scope,
                                             Function<AccessChange, T> decide) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            return store.load(scope.apply(now)).thenCompose(snapshot -> {
                AccessChange change = new AccessChange(snapshot, now);
                T result = decide.apply(change);
                return store.apply(change.changes())
                        .thenCompose(applied -> respan(store, change.changes().respanned()))
                        .thenCompose(respanned -> store.recordAudit(change.auditEntry()))
                        .thenApply(recorded -> result);
            });
        }));
    }

    /** Computes the servicing spans of the relationships the changes altered again from their ledger (docs/rules.md §5.5). */
    private static CompletionStage<Void> respan(AccessCommandPort store, Set<Relationship> relationships) {
        if (relationships.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return store.ledgers(relationships).thenCompose(ledgers -> {
            Map<Relationship, List<ServicingSpan>> spans = new LinkedHashMap<>();
            relationships.forEach(relationship -> spans.put(relationship, ledgers.get(relationship).spans()));
            return store.saveSpans(spans);
        });
    }
}
