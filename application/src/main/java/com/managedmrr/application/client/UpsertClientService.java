package com.managedmrr.application.client;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PointUnitPort;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A client account's currency must have a point unit. A new MRR, currency or growth-market flag takes effect now;
 * instants before keep the old ones (docs/rules.md §6.4), so a past breakdown never changes because of a later upsert.
 */
public final class UpsertClientService implements UpsertClientUseCase {

    public static final String CURRENCY_WITHOUT_POINT_UNIT = "CURRENCY_WITHOUT_POINT_UNIT";

    private final CommandTransactionPort transactions;
    private final PointUnitPort pointUnits;
    private final ClockPort clock;

    public UpsertClientService(CommandTransactionPort transactions, PointUnitPort pointUnits, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.pointUnits = Objects.requireNonNull(pointUnits, "pointUnits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<ClientAccount>> upsertClient(UpsertClientCommand command) {
        ClientAccount client = command.client();
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            return pointUnits.pointUnits()
                    .thenCompose(table -> {
                        if (!table.hasRate(client.currency())) {
                            throw DomainException.refused(CURRENCY_WITHOUT_POINT_UNIT,
                                    client.currency() + " has no points rate, so a client account cannot use it.",
                                    List.of(new DomainException.FieldError("currency", "has no points rate")));
                        }
                        return store.saveClient(client, now);
                    })
                    .thenCompose(created -> store.recordAudit(new AuditTrail()
                                    .note((created ? "created" : "updated") + " client account " + client.hubId() + " '"
                                            + client.name() + "': " + client.currency() + " "
                                            + client.mrr().toPlainString() + " MRR from now, growth market "
                                            + (client.growthMarket() ? "yes" : "no"))
                                    .entry(now, command.actor(), AuditAction.CLIENT_UPSERTED, null, client.hubId(),
                                            null))
                            .thenApply(ignored -> new Upserted<>(client, created)));
        }));
    }
}
