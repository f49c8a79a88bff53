package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/rules.md §6's worked example and §5's end rules, played through the JSON API only, against the real server on its
 * embedded PostgreSQL. The server's clock is real, so "later" is asked of the breakdown as a projection.
 */
class WorkedExampleEndToEndIT {

    private static final String TOKEN = "worked-example-token-0123456789";

    @RegisterExtension
    static final RunningServer server = new RunningServer(TOKEN);

    @Test
    void twoPartnersServicingOneClient_theySplitIt_andAfterOnesCreditExpires_theOtherGetsItAll() throws Exception {
        put("/api/v1/clients/501", "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":\"1000.00\",\"growthMarket\":false}", 201);
        setUpPartnerWithServicingEmployee("a", "ann@a.example", 501);
        setUpPartnerWithServicingEmployee("b", "bob@b.example", 501);
        Instant bobsActivity = Instant.now();
        Instant annsActivity = bobsActivity.plusSeconds(2);
        recordActivity("b-1", 501, "bob@b.example", bobsActivity);
        recordActivity("a-1", 501, "ann@a.example", annsActivity);

        JsonObject a = breakdown("a", annsActivity.plusSeconds(1));
        JsonObject b = breakdown("b", annsActivity.plusSeconds(1));
        assertThat(a.getJsonArray("clients").getJsonObject(0).getJsonObject("managed").encode())
                .contains("\"credit\":\"500.00\"", "\"points\":\"5.00\"", "\"sharedWith\":2");
        assertThat(b.getJsonObject("totals").getString("managedPoints")).isEqualTo("5.00");

        Instant afterBobsWindow = bobsActivity.plus(Duration.ofDays(60)).plusSeconds(1);
        JsonObject later = breakdown("a", afterBobsWindow);
        JsonObject managed = later.getJsonArray("clients").getJsonObject(0).getJsonObject("managed");
        assertThat(managed.getString("credit")).isEqualTo("1000.00");
        assertThat(managed.getString("points")).isEqualTo("10.00");
        assertThat(managed.getInteger("sharedWith")).isEqualTo(1);
        assertThat(breakdown("b", afterBobsWindow).getJsonObject("totals").getString("managedPoints")).isEqualTo("0.00");
    }

    @Test
    void theLastUserRemovedFromTheClient_theRelationshipEndsAtOnce_butUnassigningEndsNothing() throws Exception {
        put("/api/v1/clients/777", "{\"name\":\"Initech\",\"currency\":\"JPY\",\"mrr\":\"10001\",\"growthMarket\":true}", 201);
        setUpPartnerWithServicingEmployee("c", "cat@c.example", 777);
        setUpPartnerWithServicingEmployee("d", "dan@d.example", 777);
        Instant now = Instant.now();
        recordActivity("c-1", 777, "cat@c.example", now);
        recordActivity("d-1", 777, "dan@d.example", now);
        assertThat(breakdown("c", now.plusSeconds(1)).getJsonArray("clients").getJsonObject(0)
                .getJsonObject("managed").getString("credit")).isEqualTo("5000");

        HttpResponse<String> review = server.call("GET",
                "/api/v1/partners/c/clients/777/staff/cat%40c.example/removal", null, 200);
        assertThat(new JsonObject(review.body()).getBoolean("endsManagedRelationship")).isTrue();
        server.call("DELETE", "/api/v1/partners/c/clients/777/staff/cat%40c.example", null, 204);
        server.call("DELETE", "/api/v1/partners/d/clients/777/assignments/dan%40d.example", null, 204);

        Instant justAfter = Instant.now().plusSeconds(1);
        JsonObject c = breakdown("c", justAfter).getJsonArray("clients").getJsonObject(0).getJsonObject("managed");
        JsonObject d = breakdown("d", justAfter).getJsonArray("clients").getJsonObject(0).getJsonObject("managed");
        assertThat(c.getBoolean("servicing")).isFalse();
        assertThat(d.getString("credit")).isEqualTo("10001");
        assertThat(d.getString("points")).isEqualTo("1.39");
        JsonObject explanation = new JsonObject(server.call("GET",
                "/api/v1/partners/c/clients/777/explanation?at=" + justAfter, null, 200).body());
        assertThat(explanation.getString("reason")).isEqualTo("ENDED_USERS_REMOVED_FROM_CLIENT");
    }

    private static void setUpPartnerWithServicingEmployee(String partnerId, String email, long hubId) throws Exception {
        String domain = email.substring(email.indexOf('@') + 1);
        put("/api/v1/partners/" + partnerId,
                new JsonObject().put("name", "Partner " + partnerId).put("emailDomains", new JsonArray().add(domain)).encode(), 201);
        put("/api/v1/partners/" + partnerId + "/users/" + email, "{\"name\":\"Staff\",\"kind\":\"EMPLOYEE\"}", 201);
        server.call("POST", "/api/v1/partners/" + partnerId + "/clients/" + hubId + "/employees",
                new JsonObject().put("emails", new JsonArray().add(email)).encode(), 200);
    }

    private static void recordActivity(String id, long hubId, String email, Instant at) throws Exception {
        JsonObject activity = new JsonObject().put("activityId", id).put("hubId", hubId).put("userEmail", email)
                .put("tool", "BLOG").put("action", "PUBLISH").put("occurredAt", at.toString());
        HttpResponse<String> response = server.call("POST", "/api/v1/activities",
                new JsonObject().put("activities", new JsonArray().add(activity)).encode(), 200);
        assertThat(new JsonObject(response.body()).getInteger("accepted")).isEqualTo(1);
    }

    private static JsonObject breakdown(String partnerId, Instant at) throws Exception {
        return new JsonObject(server.call("GET", "/api/v1/partners/" + partnerId + "/breakdown?at=" + at, null, 200).body());
    }

    private static void put(String path, String json, int status) throws Exception {
        server.call("PUT", path, json, status);
    }

}
