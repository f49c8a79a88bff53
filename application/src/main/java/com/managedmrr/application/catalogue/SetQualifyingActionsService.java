package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.port.AccessStore;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A tool's new qualifying actions take effect now; activities before keep the judgement of their instant. Activities
 * of the tool already received but dated at or after now (up to 5 minutes ahead) are judged anew by the new catalogue,
 * in the same transaction: whether they qualify and to whom they are attributed, in both directions (docs/rules.md §4.2).
 */
public final class SetQualifyingActionsService implements SetQualifyingActionsUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public SetQualifyingActionsService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<QualifyingActions>> setQualifyingActions(SetQualifyingActionsCommand command) {
        return Stages.attempt(() -> {
            QualifyingActions valid = new QualifyingActions(command.tool(), command.actions(), clock.now());
            return transactions.inTransaction(store -> save(store, valid));
        });
    }

    /** Saves the entry at the instant the command takes effect (read under the command lock). */
    private CompletionStage<Upserted<QualifyingActions>> save(AccessStore store, QualifyingActions valid) {
        Instant now = clock.now();
        QualifyingActions entry = new QualifyingActions(valid.tool(), valid.actions(), now);
        return store.saveQualifyingActions(entry)
                .thenCompose(created -> FutureActivities.rejudgeTool(store, entry.tool(), now)
                        .thenApply(ignored -> new Upserted<>(entry, created)));
    }
}
