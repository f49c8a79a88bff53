package com.managedmrr.application.client;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The client account's own removal of a seat, decided by {@code AccessChange#removeSeat} (docs/rules.md §5). */
public final class RemoveClientUserService implements RemoveClientUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemoveClientUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> removeClientUser(RemoveClientUserCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(null, command.hubId(), command.email(), now),
                change -> {
                    change.removeSeat(command.actor(), command.hubId(), command.email());
                    return null;
                });
    }
}
