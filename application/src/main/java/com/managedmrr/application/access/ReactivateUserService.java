package com.managedmrr.application.access;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Reactivate, decided by {@code AccessChange#reactivate}: a DEACTIVATED seat becomes ACTIVE; it never assigns. */
public final class ReactivateUserService implements ReactivateUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public ReactivateUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<SeatStatus> reactivateUser(ReactivateUserCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(command.partnerId(), command.hubId(), command.email(), now),
                change -> change.reactivate(command.actor(), command.partnerId(), command.hubId(), command.email()));
    }
}
