package com.managedmrr.web.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text the server cannot store as it was sent is refused, naming the field, and never replaced: NUL (which no
 * PostgreSQL text can hold) in any text field of any endpoint, one activity at a time in a batch; unpaired UTF-16
 * surrogates in JSON strings; bytes that are not UTF-8 in a body or a path.
 */
class HostileTextTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String NUL = "\u0000";

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(NOW.minus(Duration.ofHours(1)));
        new Given(api).partner("acme", "acme.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").addEmployee("acme", 501, "ann@acme.example")
                .contractor("acme", "carl@freelance.example").seat(501, "carl@freelance.example");
        api.clock.set(NOW);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void nulInOneActivity_thatItemIsRejectedNamingTheField_andTheOthersAreStored() {
        for (String field : List.of("activityId", "userEmail", "tool", "action", "occurredAt", "assetId")) {
            JsonObject bad = activity("nul-" + field);
            bad.put(field, bad.getString(field) + NUL);
            TestApi.Reply reply = api.post("/activities", new JsonObject().put("activities",
                    new JsonArray().add(activity("good-" + field)).add(bad)));

            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().getInteger("accepted")).as("%s", reply).isEqualTo(1);
            JsonArray rejected = reply.jsonArray("rejected");
            assertThat(rejected).as("%s", reply).hasSize(1);
            assertThat(rejected.getJsonObject(0).getInteger("index")).isEqualTo(1);
            assertThat(rejected.getJsonObject(0).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as("%s", reply).isEqualTo(field);
        }
    }

    @Test
    void nulInAnyTextField_everyEndpointRefusesIt_with4xxProblemJson_namingTheField() {
        Map<String, JsonObject> puts = Map.of(
                "/partners/initech", new JsonObject().put("name", "Init" + NUL + "ech")
                        .put("emailDomains", new JsonArray().add("initech.example")),
                "/partners/globex", new JsonObject().put("name", "Globex")
                        .put("emailDomains", new JsonArray().add("globex" + NUL + ".example")),
                "/partners/acme/users/bob@acme.example", new JsonObject().put("name", "B" + NUL + "b").put("kind", "EMPLOYEE"),
                "/partners/acme/users/dan@acme.example", new JsonObject().put("name", "Dan").put("kind", "EMPLOYEE" + NUL),
                "/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "correct horse " + NUL + "battery"),
                "/clients/502", new JsonObject().put("name", "Hoo" + NUL + "li").put("currency", "USD").put("mrr", "10.00")
                        .put("growthMarket", false),
                "/clients/503", new JsonObject().put("name", "Hooli").put("currency", "US" + NUL).put("mrr", "10.00")
                        .put("growthMarket", false),
                "/clients/501/users/eve@acme.example", new JsonObject().put("status", "ACTIVE" + NUL),
                "/qualifying-actions/BLOG", new JsonObject().put("actions", new JsonArray().add("PUB" + NUL + "LISH")),
                "/point-rates/USD", new JsonObject().put("unit", "1" + NUL));
        puts.forEach((path, body) -> assertRefused(api.put(path, body), path));

        assertRefused(api.post("/partners/acme/clients/501/employees",
                new JsonObject().put("emails", new JsonArray().add("ann@acme.example" + NUL))), "employees");

        // NUL in a path segment or a query parameter
        assertRefused(api.get("/partners/ac%00me"), "path");
        assertRefused(api.put("/partners/acme/users/bob%00@acme.example",
                new JsonObject().put("name", "Bob").put("kind", "EMPLOYEE")), "path");
        assertRefused(api.get("/clients/501/activities?limit=5%00"), "query");
    }

    @Test
    void unpairedSurrogatesInJsonStrings_theBodyIsRefused_notStoredAsQuestionMarks() {
        for (String id : List.of("sur-\\ud800", "sur-\\udc00", "sur-\\udc00\\ud800")) {
            String raw = activity("placeholder").encode().replace("placeholder", id);
            TestApi.Reply reply = api.send(HttpMethod.POST, "/activities", "{\"activities\": [" + raw + "]}");
            assertProblem(reply, 400, "activities[0].activityId");
        }
        TestApi.Reply paired = api.send(HttpMethod.POST, "/activities", "{\"activities\": ["
                + activity("placeholder").encode().replace("placeholder", "sur-\\ud83d\\ude00") + "]}");
        assertThat(paired.json().getInteger("accepted")).as("%s", paired).isEqualTo(1);
        assertThat(api.get("/clients/501/activities?limit=50").jsonArray("activities")).hasSize(1);
    }

    @Test
    void bytesThatAreNotUtf8_inABodyOrAPath_theRequestIsRefused() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, '(' },
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80})) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"name\": \"Init".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(bad);
            body.writeBytes("ech\", \"emailDomains\": [\"initech.example\"]}".getBytes(StandardCharsets.US_ASCII));
            assertProblem(api.sendBytes(HttpMethod.PUT, "/partners/initech", body.toByteArray()), 400);
        }
        assertThat(api.get("/partners/initech").status()).isEqualTo(404);

        for (String path : List.of("/partners/%C3%28", "/partners/%FF", "/partners/%ED%A0%80")) {
            assertProblem(api.get(path), 400);
        }
        assertProblem(api.delete("/partners/acme/users/b%C3%28b@acme.example"), 400);
    }

    private static JsonObject activity(String activityId) {
        return Given.activityJson(activityId, 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.minusSeconds(60))
                .put("assetId", "post-1");
    }

    private static void assertRefused(TestApi.Reply reply, String what, int... alsoAllowed) {
        for (int allowed : alsoAllowed) {
            if (reply.status() == allowed) {
                return;
            }
        }
        assertThat(reply.status()).as("%s: %s", what, reply).isIn(400, 422);
        assertThat(reply.contentType()).as("%s: %s", what, reply).startsWith("application/problem+json");
        assertThat(reply.body().toString()).doesNotContain("Exception");
    }
}
