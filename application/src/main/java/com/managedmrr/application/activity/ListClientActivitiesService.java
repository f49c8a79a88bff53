package com.managedmrr.application.activity;

import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.RecordedActivity;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListClientActivitiesService implements ListClientActivitiesUseCase {

    private final ClientQueryPort clients;

    public ListClientActivitiesService(ClientQueryPort clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletionStage<List<RecordedActivity>> listClientActivities(ListClientActivitiesQuery query) {
        return Stages.attempt(() -> clients.client(query.hubId())
                .thenCompose(found -> {
                    if (found.isEmpty()) {
                        throw Refusals.clientNotFound(query.hubId());
                    }
                    return clients.recentActivities(query.hubId(), query.limit());
                }));
    }
}
