package com.managedmrr.application.partner;

import java.time.Instant;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class UpsertPartnerService implements UpsertPartnerUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    /**
     * Stamps audit entries with the system clock (to the microsecond); for wiring that predates the audit trail. New
     * wiring passes the server's {@link ClockPort}.
     */
    public UpsertPartnerService(CommandTransactionPort transactions) {
        this(transactions, () -> Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public UpsertPartnerService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<Partner>> upsertPartner(UpsertPartnerCommand command) {
        Partner partner = command.partner();
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            return store.savePartner(partner)
                    .thenCompose(created -> store.recordAudit(new AuditTrail()
                                    .note(partner.id(), (created ? "created" : "updated") + " partner " + partner.id()
                                            + " '" + partner.name() + "' with e-mail domains " + partner.emailDomains())
                                    .entry(now, command.actor(), AuditAction.PARTNER_UPSERTED, partner.id(), null, null))
                            .thenApply(ignored -> new Upserted<>(partner, created)));
        }));
    }
}
