package com.managedmrr.application.partner;

import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class UpsertPartnerService implements UpsertPartnerUseCase {

    private final CommandTransactionPort transactions;

    public UpsertPartnerService(CommandTransactionPort transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CompletionStage<Upserted<Partner>> upsertPartner(UpsertPartnerCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> store.savePartner(command.partner())
                .thenApply(created -> new Upserted<>(command.partner(), created))));
    }
}
