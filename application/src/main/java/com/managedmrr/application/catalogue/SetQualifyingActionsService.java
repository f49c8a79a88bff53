package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

/**
 * A tool's new qualifying actions take effect now; activities before keep the judgement of their instant. Activities
 * of the tool already received but dated at or after now (up to 5 minutes ahead) are judged anew by the new catalogue,
 * in the same transaction: whether they qualify and to whom they are attributed, in both directions (docs/rules.md §4.2). The
 * change is in the audit trail, in the same transaction, with its actor and the old and new actions.
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
            return transactions.inTransaction(store -> save(store, valid, command.actor()));
        });
    }

    /** Saves the entry at the instant the command takes effect (read under the command lock). */
    private CompletionStage<Upserted<QualifyingActions>> save(AccessCommandPort store, QualifyingActions valid, Actor actor) {
        Instant now = clock.now();
        QualifyingActions entry = new QualifyingActions(valid.tool(), valid.actions(), now);
        return store.qualifyingCatalogue()
                .thenCompose(before -> store.saveQualifyingActions(entry)
                        .thenCompose(created -> FutureActivities.rejudgeTool(store, entry.tool(), now)
                                .thenCompose(ignored -> new AuditTrail().note(change(before, entry))
                                        .record(store, now, actor, AuditAction.QUALIFYING_ACTIONS_SET, null, null,
                                                null))
                                .thenApply(ignored -> new Upserted<>(entry, created))));
    }

    private static String change(QualifyingCatalogue before, QualifyingActions entry) {
        String old = before.currentAt(entry.effectiveFrom()).stream()
                .filter(earlier -> earlier.tool().equals(entry.tool()))
                .findFirst().map(earlier -> sorted(earlier.actions())).orElse("none");
        return "set the qualifying actions of " + entry.tool() + " from " + old + " to " + sorted(entry.actions())
                + " effective " + entry.effectiveFrom();
    }

    private static String sorted(Set<String> actions) {
        return new TreeSet<>(actions).toString();
    }
}
