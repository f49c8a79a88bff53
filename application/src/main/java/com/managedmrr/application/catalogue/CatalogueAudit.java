package com.managedmrr.application.catalogue;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The audit entries of the operator's changes to how points are earned: who, the old and the new value. They concern
 * no one partner: listed with every entry at {@code GET /audit}, and shown in every partner's trail. An entry is
 * recorded right after the change (the catalogue is not kept in the commands' store).
 */
final class CatalogueAudit {

    private final CommandTransactionPort transactions;

    CatalogueAudit(CommandTransactionPort transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    CompletionStage<Void> record(Instant at, Actor actor, AuditAction action, String text) {
        return transactions.inTransaction(store -> store.recordAudit(new AuditTrail().note(text)
                .entry(at, actor, action, null, null, null)));
    }
}
