package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A validation failure names every invalid field of the request at once, not only the first one found. */
class EveryInvalidFieldTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static Object fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(error -> ((JsonObject) error).getString("field")).toList();
    }

    @Test
    void putClient_withEveryFieldWrong_namesThemAll() {
        JsonObject problem = assertProblem(api.put("/clients/abc", new JsonObject()
                .put("name", " ").put("currency", "usd").put("mrr", "lots").put("growthMarket", "yes")), 400);

        assertThat(fields(problem)).isEqualTo(java.util.List.of("hubId", "name", "currency", "mrr", "growthMarket"));
    }

    @Test
    void putPartner_andPartnerUser_withEveryFieldWrong_nameThemAll() {
        JsonObject partner = assertProblem(api.put("/partners/Not%20An%20Id", new JsonObject()
                .put("name", "").put("emailDomains", new JsonArray())), 400);
        api.put("/partners/acme", new JsonObject().put("name", "Acme").put("emailDomains", new JsonArray().add("acme.example")));
        JsonObject user = assertProblem(api.put("/partners/acme/users/ann@acme.example", new JsonObject()
                .put("name", 42).put("kind", "BOSS")), 400);

        assertThat(fields(partner)).isEqualTo(java.util.List.of("partnerId", "name", "emailDomains"));
        assertThat(fields(user)).isEqualTo(java.util.List.of("name", "kind"));
    }

    @Test
    void anActivityItem_withSeveralFieldsWrong_isRejectedNamingThemAll() {
        JsonObject answer = api.post("/activities", new JsonObject().put("activities", new JsonArray().add(new JsonObject()
                .put("activityId", "evt-1").put("hubId", "501").put("userEmail", "not an e-mail")
                .put("action", "PUBLISH").put("occurredAt", "yesterday")))).json();

        JsonObject rejection = answer.getJsonArray("rejected").getJsonObject(0);
        assertThat(rejection.getJsonArray("errors").stream().map(error -> ((JsonObject) error).getString("field")))
                .containsExactly("hubId", "userEmail", "tool", "occurredAt");
    }
}
