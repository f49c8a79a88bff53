package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Sets up state through the API itself, asserting each step succeeds. */
final class Given {

    private final TestApi api;

    Given(TestApi api) {
        this.api = api;
    }

    Given partner(String partnerId, String domain) {
        expect2xx(api.put("/partners/" + partnerId, new JsonObject()
                .put("name", partnerId + " agency").put("emailDomains", new JsonArray().add(domain))));
        return this;
    }

    Given employee(String partnerId, String email) {
        return partnerUser(partnerId, email, "EMPLOYEE");
    }

    Given contractor(String partnerId, String email) {
        return partnerUser(partnerId, email, "CONTRACTOR");
    }

    Given partnerUser(String partnerId, String email, String kind) {
        expect2xx(api.put("/partners/" + partnerId + "/users/" + email,
                new JsonObject().put("name", "User " + email).put("kind", kind)));
        return this;
    }

    Given client(long hubId, String currency, String mrr) {
        expect2xx(api.put("/clients/" + hubId, new JsonObject()
                .put("name", "Client " + hubId).put("currency", currency).put("mrr", mrr).put("growthMarket", false)));
        return this;
    }

    Given seat(long hubId, String email, String status) {
        expect2xx(api.put("/clients/" + hubId + "/users/" + email, new JsonObject().put("status", status)));
        return this;
    }

    Given seat(long hubId, String email) {
        return seat(hubId, email, "ACTIVE");
    }

    /** Add employees: assigns the employee (and seats them when they have no seat yet). */
    Given addEmployee(String partnerId, long hubId, String email) {
        expect2xx(api.post("/partners/" + partnerId + "/clients/" + hubId + "/employees",
                new JsonObject().put("emails", new JsonArray().add(email))));
        return this;
    }

    Given linkClient(String partnerId, String contractorEmail, long hubId) {
        expect2xx(api.post("/partners/" + partnerId + "/contractors/" + contractorEmail + "/clients",
                new JsonObject().put("hubId", hubId)));
        return this;
    }

    /** Records one activity, which must be accepted. */
    Given activity(String activityId, long hubId, String email, String tool, String action, Instant occurredAt) {
        TestApi.Reply reply = api.post("/activities", new JsonObject().put("activities", new JsonArray()
                .add(activityJson(activityId, hubId, email, tool, action, occurredAt))));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getInteger("accepted")).as("%s", reply).isEqualTo(1);
        return this;
    }

    Given publish(String activityId, long hubId, String email, Instant occurredAt) {
        return activity(activityId, hubId, email, "BLOG", "PUBLISH", occurredAt);
    }

    static JsonObject activityJson(String activityId, long hubId, String email, String tool, String action,
                                   Instant occurredAt) {
        return new JsonObject()
                .put("activityId", activityId)
                .put("hubId", hubId)
                .put("userEmail", email)
                .put("tool", tool)
                .put("action", action)
                .put("occurredAt", occurredAt.toString())
                .put("assetId", "asset-" + activityId);
    }

    private static void expect2xx(TestApi.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 299);
    }
}
