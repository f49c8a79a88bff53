package com.managedmrr.application.access;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Unassign, decided by {@code AccessChange#unassign}: the assignment ends now, the seat stays (docs/rules.md §5). */
public final class UnassignService implements UnassignUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public UnassignService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> unassign(UnassignCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(command.partnerId(), command.hubId(), command.email(), now),
                change -> {
                    change.unassign(command.actor(), command.partnerId(), command.hubId(), command.email());
                    return null;
                });
    }
}
