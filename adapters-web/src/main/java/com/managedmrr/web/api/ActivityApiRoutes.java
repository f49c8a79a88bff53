package com.managedmrr.web.api;

import com.managedmrr.application.activity.ListClientActivitiesQuery;
import com.managedmrr.application.activity.ListClientActivitiesUseCase;
import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;

/** Activities in client accounts: {@code POST /activities} (batches) and a client's newest activities. */
public final class ActivityApiRoutes implements ApiRoutes {

    private final RecordActivitiesUseCase recordActivities;
    private final ListClientActivitiesUseCase listClientActivities;

    public ActivityApiRoutes(RecordActivitiesUseCase recordActivities,
                             ListClientActivitiesUseCase listClientActivities) {
        this.recordActivities = Objects.requireNonNull(recordActivities, "recordActivities");
        this.listClientActivities = Objects.requireNonNull(listClientActivities, "listClientActivities");
    }

    @Override
    public void mount(Router api) {
        api.post("/activities").handler(this::recordActivities);
        api.get("/clients/:hubId/activities").handler(this::listClientActivities);
    }

    private void recordActivities(RoutingContext ctx) {
        ActivityJson.Batch batch = ActivityJson.batch(JsonBody.object(ctx));
        Replies.when(ctx, recordActivities.recordActivities(new RecordActivitiesCommand(batch.items())),
                recorded -> Replies.ok(ctx, ActivityJson.result(recorded, batch.malformed())));
    }

    private void listClientActivities(RoutingContext ctx) {
        ListClientActivitiesQuery query = ListClientActivitiesQuery.of(RequestParams.hubId(ctx),
                RequestParams.intQuery(ctx, "limit", ListClientActivitiesQuery.DEFAULT_LIMIT),
                RequestParams.query(ctx, "cursor"));
        Replies.when(ctx, listClientActivities.listClientActivities(query),
                page -> Replies.ok(ctx, ListingApiRoutes.page(new JsonObject(), ActivityJson.FIELD, page,
                        ActivityJson::toJson)));
    }
}
