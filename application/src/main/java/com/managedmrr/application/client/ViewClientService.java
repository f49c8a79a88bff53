package com.managedmrr.application.client;

import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.port.ClientQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ViewClientService implements ViewClientUseCase {

    private final ClientQueryPort clients;

    public ViewClientService(ClientQueryPort clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletionStage<ClientAccount> viewClient(HubId hubId) {
        return Stages.attempt(() -> clients.client(hubId)
                .thenApply(found -> found.orElseThrow(() -> Refusals.clientNotFound(hubId))));
    }
}
