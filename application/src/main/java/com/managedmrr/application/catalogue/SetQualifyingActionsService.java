package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A tool's new qualifying actions take effect now, decided by {@code AccessChange#setQualifyingActions}: the tool's
 * activities received ahead of now are judged anew in the same transaction (docs/rules.md §4.2), and the change is in
 * the audit trail with its actor and the old and new actions.
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
            return AccessCommands.run(transactions, clock, now -> AccessScope.ofTool(valid.tool(), now), change -> {
                // the entry takes effect at the instant the command does (read under the command lock)
                QualifyingActions entry = new QualifyingActions(valid.tool(), valid.actions(), change.now());
                return new Upserted<>(entry, change.setQualifyingActions(command.actor(), entry));
            });
        });
    }
}
