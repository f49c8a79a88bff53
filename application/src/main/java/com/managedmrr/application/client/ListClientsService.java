package com.managedmrr.application.client;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.ClientQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListClientsService implements ListClientsUseCase {

    private final ClientQueryPort clients;

    public ListClientsService(ClientQueryPort clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletionStage<Page<ClientAccount>> listClients(ListClientsQuery query) {
        return Stages.attempt(() -> clients.clients(query.search(), query.limit() + 1, query.after())
                .thenApply(found -> Page.of(found, query.limit(),
                        client -> PageCursor.encode(ListClientsQuery.LISTING, Long.toString(client.hubId().value())))));
    }
}
