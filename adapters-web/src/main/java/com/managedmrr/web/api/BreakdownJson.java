package com.managedmrr.web.api;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The Points breakdown and its per-client explanation on the wire. */
final class BreakdownJson {

    private BreakdownJson() {
    }

    /**
     * {@code {"partnerId","at","totals": {"managedPoints","servicedClients"}, "clients": [{"hubId","name","currency",
     * "mrr","managed": {"servicing","credit","points","sharedWith","lastActivityAt","expiresAt"}}]}}
     */
    static JsonObject breakdown(Breakdown breakdown) {
        JsonArray clients = new JsonArray();
        breakdown.clients().forEach(row -> clients.add(row(row)));
        return new JsonObject()
                .put("partnerId", breakdown.partnerId().value())
                .put("at", JsonFormats.instant(breakdown.at()))
                .put("totals", new JsonObject()
                        .put("managedPoints", JsonFormats.points(breakdown.managedPoints()))
                        .put("servicedClients", breakdown.servicedClients()))
                .put("clients", clients);
    }

    private static JsonObject row(BreakdownRow row) {
        ClientAccount client = row.client();
        return new JsonObject()
                .put("hubId", client.hubId().value())
                .put("name", client.name())
                .put("currency", client.currency().code())
                .put("mrr", JsonFormats.money(client.mrr(), client.currency()))
                .put("managed", new JsonObject()
                        .put("servicing", row.servicing())
                        .put("credit", JsonFormats.money(row.credit(), client.currency()))
                        .put("points", JsonFormats.points(row.points()))
                        .put("sharedWith", row.sharedWith())
                        .put("lastActivityAt", JsonFormats.instantOrNull(row.lastActivityAt()))
                        .put("expiresAt", JsonFormats.instantOrNull(row.expiresAt())));
    }

    /**
     * {@code {"partnerId","hubId","at","servicing","reason","endedAt","keptAliveBy","users": [{"email","partnerUser",
     * "assigned","clientUser","lastQualifyingActivityAt","reason"}]}}; absent values are JSON null.
     */
    static JsonObject explanation(Explanation explanation) {
        JsonArray users = new JsonArray();
        explanation.users().forEach(user -> users.add(user(user)));
        return new JsonObject()
                .put("partnerId", explanation.partnerId().value())
                .put("hubId", explanation.hubId().value())
                .put("at", JsonFormats.instant(explanation.at()))
                .put("servicing", explanation.servicing())
                .put("reason", explanation.reason().map(ReasonCode::name).orElse(null))
                .put("endedAt", JsonFormats.instantOrNull(explanation.endedAt()))
                .put("keptAliveBy", explanation.keptAliveBy().map(BreakdownJson::keptAliveBy).orElse(null))
                .put("users", users);
    }

    private static JsonObject keptAliveBy(AttributedActivity activity) {
        return new JsonObject()
                .put("activityId", activity.activityId().value())
                .put("userEmail", activity.userEmail().value())
                .put("occurredAt", JsonFormats.instant(activity.occurredAt()))
                .put("expiresAt", JsonFormats.instant(activity.expiresAt()));
    }

    private static JsonObject user(Explanation.User user) {
        return new JsonObject()
                .put("email", user.email().value())
                .put("partnerUser", user.partnerUser())
                .put("assigned", user.assigned())
                .put("clientUser", user.clientUser().map(SeatStatus::name).orElse(null))
                .put("lastQualifyingActivityAt", JsonFormats.instantOrNull(user.lastQualifyingActivityAt()))
                .put("reason", user.reason().map(ReasonCode::name).orElse(null));
    }
}
