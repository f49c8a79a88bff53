package com.managedmrr.application.client;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The client account adds a user or changes their status, decided by {@code AccessChange#setSeat}. */
public final class SetClientUserService implements SetClientUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public SetClientUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<SeatStatus>> setClientUser(SetClientUserCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(null, command.hubId(), command.email(), now),
                change -> new Upserted<>(command.status(),
                        change.setSeat(command.actor(), command.hubId(), command.email(), command.status())));
    }
}
