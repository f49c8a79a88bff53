package com.managedmrr.application.activity;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.store.RecordedActivity;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListClientActivitiesService implements ListClientActivitiesUseCase {

    private final ClientQueryPort clients;

    public ListClientActivitiesService(ClientQueryPort clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletionStage<Page<RecordedActivity>> listClientActivities(ListClientActivitiesQuery query) {
        return Stages.attempt(() -> clients.client(query.hubId())
                .thenCompose(found -> {
                    if (found.isEmpty()) {
                        throw Refusals.clientNotFound(query.hubId());
                    }
                    int oneMore = query.limit() + 1;
                    CompletionStage<List<RecordedActivity>> read = query.before().isEmpty()
                            ? clients.recentActivities(query.hubId(), oneMore)
                            : clients.activitiesBefore(query.hubId(), query.before().get().occurredAt(),
                                    query.before().get().activityId(), oneMore);
                    return read;
                })
                .thenApply(found -> Page.of(found, query.limit(),
                        recorded -> ListClientActivitiesQuery.cursorOf(recorded.activity()))));
    }
}
