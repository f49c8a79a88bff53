package com.managedmrr.application.partner;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The partner's clients are the client accounts it has been assigned to at or before now (the rows of its breakdown,
 * docs/rules.md §7), read without computing their credit.
 */
public final class ListOwnClientsService implements ListOwnClientsUseCase {

    private final PartnerQueryPort partners;
    private final BreakdownQueryPort facts;
    private final ClockPort clock;

    public ListOwnClientsService(PartnerQueryPort partners, BreakdownQueryPort facts, ClockPort clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<List<ClientAccount>> listOwnClients(ListOwnClientsQuery query) {
        Optional<String> name = query.name().map(wanted -> wanted.toLowerCase(Locale.ROOT));
        return Stages.attempt(() -> Require.partner(partners, query.partnerId())
                .thenCompose(partner -> facts.clientFacts(query.partnerId(), clock.now()))
                .thenApply(clients -> clients.stream()
                        .map(ClientFacts::client)
                        .filter(client -> name.isEmpty() || client.name().toLowerCase(Locale.ROOT).equals(name.get()))
                        .sorted(Comparator.comparing((ClientAccount client) -> client.name().toLowerCase(Locale.ROOT))
                                .thenComparingLong(client -> client.hubId().value()))
                        .toList()));
    }
}
