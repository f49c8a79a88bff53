package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.BreakdownPolicy;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The breakdown's rows at now (the clients the partner had been assigned to, docs/rules.md §7), by Hub ID, each with
 * whether the partner services it; a page starts after the cursor's Hub ID.
 */
public final class ListPartnerClientsService implements ListPartnerClientsUseCase {

    private final PartnerQueryPort partners;
    private final BreakdownQueryPort facts;
    private final ClockPort clock;

    public ListPartnerClientsService(PartnerQueryPort partners, BreakdownQueryPort facts, ClockPort clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Page<PartnerClient>> listPartnerClients(ListPartnerClientsQuery query) {
        return Stages.attempt(() -> {
            Instant now = clock.now();
            return Require.partner(partners, query.partnerId())
                    .thenCompose(partner -> facts.clientFacts(query.partnerId(), now))
                    .thenApply(clients -> {
                        List<PartnerClient> rows = BreakdownPolicy.compute(query.partnerId(), now, clients).clients()
                                .stream()
                                .filter(row -> query.after().isEmpty()
                                        || row.client().hubId().value() > query.after().get().value())
                                .sorted(Comparator.comparingLong(row -> row.client().hubId().value()))
                                .limit(query.limit() + 1L)
                                .map(row -> new PartnerClient(row.client().hubId(), row.client().name(), row.servicing()))
                                .toList();
                        return Page.of(rows, query.limit(), client -> PageCursor.encode(
                                ListPartnerClientsQuery.LISTING, Long.toString(client.hubId().value())));
                    });
        });
    }
}
