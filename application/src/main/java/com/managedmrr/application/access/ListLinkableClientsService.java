package com.managedmrr.application.access;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The seats of one of the partner's users, read off the open seats by e-mail, then matched by name. */
public final class ListLinkableClientsService implements ListLinkableClientsUseCase {

    /** More seats than anyone holds; the list is a picker, not a report. */
    static final int MAX_SEATS = 1000;

    private static final Comparator<ClientAccount> BY_NAME =
            Comparator.comparing((ClientAccount client) -> client.name().toLowerCase(Locale.ROOT))
                    .thenComparingLong(client -> client.hubId().value());

    private final PartnerQueryPort partners;
    private final ClientQueryPort clients;

    public ListLinkableClientsService(PartnerQueryPort partners, ClientQueryPort clients) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletionStage<List<ClientAccount>> listLinkableClients(LinkableClientsQuery query) {
        return Stages.attempt(() -> Require.partner(partners, query.partnerId())
                .thenCompose(partner -> partners.partnerUsers(query.partnerId()))
                .thenCompose(users -> {
                    if (users.stream().noneMatch(u -> u.user().email().equals(query.contractorEmail()))) {
                        throw AccessRefusals.partnerUserNotFound(query.partnerId(), query.contractorEmail());
                    }
                    return clients.seatedClients(query.contractorEmail(), MAX_SEATS);
                })
                .thenApply(seated -> named(seated.stream().sorted(BY_NAME).toList(), query)));
    }

    private static List<ClientAccount> named(List<ClientAccount> seated, LinkableClientsQuery query) {
        if (query.name().isEmpty()) {
            return seated;
        }
        String wanted = query.name().get().toLowerCase(Locale.ROOT);
        List<ClientAccount> exactly = seated.stream()
                .filter(client -> client.name().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        if (!exactly.isEmpty()) {
            return exactly;
        }
        return seated.stream().filter(client -> client.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }
}
