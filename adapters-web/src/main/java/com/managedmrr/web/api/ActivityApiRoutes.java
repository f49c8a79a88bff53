package com.managedmrr.web.api;

import com.managedmrr.application.activity.ListClientActivitiesQuery;
import com.managedmrr.application.activity.ListClientActivitiesUseCase;
import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.activity.RecordActivitiesResult;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.web.observe.WebMetrics;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Activities in client accounts: {@code POST /activities} (batches) and a client's newest activities. */
public final class ActivityApiRoutes implements ApiRoutes {

    private final RecordActivitiesUseCase recordActivities;
    private final ListClientActivitiesUseCase listClientActivities;
    private final WebMetrics metrics;

    public ActivityApiRoutes(RecordActivitiesUseCase recordActivities,
                             ListClientActivitiesUseCase listClientActivities) {
        this(recordActivities, listClientActivities, WebMetrics.none());
    }

    /** @param metrics counts activities accepted, duplicate and rejected from each batch's answer */
    public ActivityApiRoutes(RecordActivitiesUseCase recordActivities,
                             ListClientActivitiesUseCase listClientActivities, WebMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
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
        Replies.when(ctx, () -> recordActivities.recordActivities(new RecordActivitiesCommand(batch.items())),
                recorded -> {
                    count(recorded, batch.malformed());
                    Replies.ok(ctx, ActivityJson.result(recorded, batch.malformed()));
                });
    }

    /**
     * Counted here, from the use case's answer, because only here are all of a batch's outcomes known: malformed
     * items never reach the use case.
     */
    private void count(RecordActivitiesResult recorded, List<RecordActivitiesResult.Rejection> malformed) {
        Map<WebMetrics.Rejection, Integer> rejected = new EnumMap<>(WebMetrics.Rejection.class);
        if (!malformed.isEmpty()) {
            rejected.put(WebMetrics.Rejection.MALFORMED, malformed.size());
        }
        for (RecordActivitiesResult.Rejection rejection : recorded.rejected()) {
            rejected.merge(reason(rejection), 1, Integer::sum);
        }
        metrics.activities(recorded.accepted(), recorded.duplicates(), recorded.conflicts().size(), rejected);
    }

    /** An item the use case refused names its first wrong field: the instant, or else the client account. */
    private static WebMetrics.Rejection reason(RecordActivitiesResult.Rejection rejection) {
        boolean tooFarAhead = !rejection.errors().isEmpty() && "occurredAt".equals(rejection.errors().get(0).field());
        return tooFarAhead ? WebMetrics.Rejection.TOO_FAR_AHEAD : WebMetrics.Rejection.UNKNOWN_CLIENT_ACCOUNT;
    }

    private void listClientActivities(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
        int limit = RequestParams.limit(ctx, checks, ListClientActivitiesQuery.DEFAULT_LIMIT,
                ListClientActivitiesQuery.MAX_LIMIT);
        ListClientActivitiesQuery query = checks.checkRule(() -> ListClientActivitiesQuery.of(StandIns.or(hubId),
                limit, RequestParams.query(ctx, "cursor")));
        checks.throwIfAny();
        Replies.when(ctx, () -> listClientActivities.listClientActivities(query),
                page -> Replies.ok(ctx, ListingApiRoutes.page(new JsonObject(), ActivityJson.FIELD, page,
                        ActivityJson::toJson)));
    }
}
