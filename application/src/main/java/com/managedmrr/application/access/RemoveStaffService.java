package com.managedmrr.application.access;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Remove employee from client, decided by {@code AccessChange#removeStaff}; answers whether this partner's managed relationship ended. */
public final class RemoveStaffService implements RemoveStaffUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemoveStaffService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Boolean> removeStaff(RemoveStaffCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(command.partnerId(), command.hubId(), command.email(), now),
                change -> change.removeStaff(command.actor(), command.partnerId(), command.hubId(), command.email()));
    }
}
