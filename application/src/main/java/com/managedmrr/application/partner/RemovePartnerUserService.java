package com.managedmrr.application.partner;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Remove a partner user, decided by {@code AccessChange#removePartnerUser} (docs/rules.md §5). */
public final class RemovePartnerUserService implements RemovePartnerUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemovePartnerUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> removePartnerUser(RemovePartnerUserCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofPartnerUser(command.partnerId(), command.email(), now),
                change -> {
                    change.removePartnerUser(command.actor(), command.partnerId(), command.email());
                    return null;
                });
    }
}
