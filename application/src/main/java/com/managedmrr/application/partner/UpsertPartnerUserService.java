package com.managedmrr.application.partner;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Add or update a partner user, decided by {@code AccessChange#upsertPartnerUser} (docs/rules.md §9). */
public final class UpsertPartnerUserService implements UpsertPartnerUserUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public UpsertPartnerUserService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<PartnerUser>> upsertPartnerUser(UpsertPartnerUserCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofPartnerUser(command.user().partnerId(), command.user().email(), now),
                change -> new Upserted<>(command.user(), change.upsertPartnerUser(command.actor(), command.user())));
    }
}
