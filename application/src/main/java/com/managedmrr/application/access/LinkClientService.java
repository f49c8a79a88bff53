package com.managedmrr.application.access;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Link clients, decided by {@code AccessChange#linkClient}; answers whether the contractor was newly assigned. */
public final class LinkClientService implements LinkClientUseCase {

    public static final String CONTRACTOR_NOT_A_CLIENT_USER = AccessRefusals.CONTRACTOR_NOT_A_CLIENT_USER;

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public LinkClientService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Boolean> linkClient(LinkClientCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(command.partnerId(), command.hubId(), command.contractorEmail(), now),
                change -> change.linkClient(command.actor(), command.partnerId(), command.hubId(),
                        command.contractorEmail()));
    }
}
