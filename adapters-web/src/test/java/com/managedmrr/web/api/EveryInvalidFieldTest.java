package com.managedmrr.web.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A validation failure names every invalid field of the request at once, not only the first one found; fields a rule
 * refuses (422) are named after the malformed ones in the 400. A request with one invalid field is answered as it
 * always was.
 */
class EveryInvalidFieldTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(Instant.parse("2026-11-27T10:00:00Z"));
        new Given(api).partner("acme", "acme.example").client(501, "USD", "1000.00");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(error -> ((JsonObject) error).getString("field")).toList();
    }

    private static List<String> messages(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(error -> ((JsonObject) error).getString("message")).toList();
    }

    @Test
    void putClient_withEveryFieldWrong_namesThemAll() {
        JsonObject problem = assertProblem(api.put("/clients/abc", new JsonObject()
                .put("name", " ").put("currency", "usd").put("mrr", "lots").put("growthMarket", "yes")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("hubId", "name", "currency", "mrr", "growthMarket"));
    }

    @Test
    void putClient_withAMalformedNameAndTooManyDecimals_isOne400NamingBoth_theRuleLast() {
        JsonObject problem = assertProblem(api.put("/clients/502", new JsonObject()
                .put("name", " ").put("currency", "USD").put("mrr", "1.234")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("name", "mrr"));
        assertThat(messages(problem).get(1)).isEqualTo("at most 2 decimals in USD");
        assertThat(problem.containsKey("code")).isFalse();
    }

    @Test
    void putClient_withANegativeAmountAndAMalformedHubId_namesBoth() {
        JsonObject problem = assertProblem(api.put("/clients/0", new JsonObject()
                .put("name", "Globex").put("currency", "USD").put("mrr", "-1")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("hubId", "mrr"));
    }

    @Test
    void putPartner_andPartnerUser_withEveryFieldWrong_nameThemAll() {
        JsonObject partner = assertProblem(api.put("/partners/Not%20An%20Id", new JsonObject()
                .put("name", "").put("emailDomains", new JsonArray())), 400);
        JsonObject user = assertProblem(api.put("/partners/acme/users/ann@acme.example", new JsonObject()
                .put("name", 42).put("kind", "BOSS")), 400);

        assertThat(fields(partner)).isEqualTo(List.of("partnerId", "name", "emailDomains"));
        assertThat(fields(user)).isEqualTo(List.of("name", "kind"));
    }

    @Test
    void putPartner_withSeveralDomainsWrong_namesEachOne() {
        JsonObject problem = assertProblem(api.put("/partners/globex", new JsonObject().put("name", "Globex")
                .put("emailDomains", new JsonArray().add("not a domain").add("globex.example").add("nor-this"))), 400);

        assertThat(fields(problem)).isEqualTo(List.of("emailDomains", "emailDomains"));
        assertThat(messages(problem)).containsExactly(
                "'not a domain' is not a domain name", "'nor-this' is not a domain name");
    }

    @Test
    void anActivityItem_withSeveralFieldsWrong_isRejectedNamingThemAll() {
        JsonObject answer = api.post("/activities", new JsonObject().put("activities", new JsonArray().add(new JsonObject()
                .put("activityId", "evt-1").put("hubId", "501").put("userEmail", "not an e-mail")
                .put("action", "PUBLISH").put("occurredAt", "yesterday")))).json();

        JsonObject rejection = answer.getJsonArray("rejected").getJsonObject(0);
        assertThat(fields(rejection)).containsExactly("hubId", "userEmail", "tool", "occurredAt");
    }

    @Test
    void anActivityItem_breakingSeveralOfItsOwnRules_isRejectedNamingEachField() {
        JsonObject answer = api.post("/activities", new JsonObject().put("activities", new JsonArray().add(new JsonObject()
                .put("activityId", "evt-1").put("hubId", 501).put("userEmail", "ann@acme.example")
                .put("tool", "T".repeat(65)).put("action", " ").put("occurredAt", "2026-11-27T09:00:00Z")
                .put("assetId", "a".repeat(257))))).json();

        JsonObject rejection = answer.getJsonArray("rejected").getJsonObject(0);
        assertThat(fields(rejection)).containsExactly("tool", "action", "assetId");
    }

    @Test
    void addEmployees_withSeveralFieldsWrong_namesThemAll() {
        JsonObject problem = assertProblem(api.post("/partners/Not%20An%20Id/clients/501/employees", new JsonObject()
                .put("emails", new JsonArray().add("not an e-mail").add("ann@acme.example").add(42))), 400);

        assertThat(fields(problem)).isEqualTo(List.of("partnerId", "emails[0]", "emails[2]"));
    }

    @Test
    void addEmployees_withABadHubIdAndNoEmail_namesBoth() {
        JsonObject problem = assertProblem(api.post("/partners/acme/clients/x/employees", new JsonObject()
                .put("emails", new JsonArray())), 400);

        assertThat(fields(problem)).isEqualTo(List.of("hubId", "emails"));
    }

    @Test
    void linkClients_withEveryFieldWrong_namesThemAll() {
        JsonObject problem = assertProblem(api.post("/partners/Not%20An%20Id/contractors/not-an-email/clients",
                new JsonObject().put("hubId", "501")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("partnerId", "email", "hubId"));
    }

    @Test
    void theStaffActions_withEveryPathParameterWrong_nameThemAll() {
        String path = "/partners/Not%20An%20Id/clients/x/";
        List<TestApi.Reply> replies = List.of(
                api.delete(path + "assignments/not-an-email"),
                api.post(path + "staff/not-an-email/reactivation"),
                api.get(path + "staff/not-an-email/removal"),
                api.delete(path + "staff/not-an-email"));

        for (TestApi.Reply reply : replies) {
            assertThat(fields(assertProblem(reply, 400))).isEqualTo(List.of("partnerId", "hubId", "email"));
        }
    }

    @Test
    void setQualifyingActions_withABadToolAndBadActions_namesThemAll_theRefusalLast() {
        JsonObject problem = assertProblem(api.put("/qualifying-actions/not%20a%20tool", new JsonObject()
                .put("actions", new JsonArray().add("EDIT").add("LOGIN").add("not an action"))), 400);

        assertThat(fields(problem)).isEqualTo(List.of("tool", "actions", "actions"));
        assertThat(messages(problem).get(2)).isEqualTo("LOGIN never qualifies");
    }

    @Test
    void setQualifyingActions_withTwoActionsThatNeverQualify_isOne422NamingBoth() {
        JsonObject problem = assertProblem(api.put("/qualifying-actions/cms", new JsonObject()
                .put("actions", new JsonArray().add("LOGIN").add("VIEW"))), 422);

        assertThat(problem.getString("code")).isEqualTo("NEVER_QUALIFYING_ACTION");
        assertThat(messages(problem)).containsExactly("LOGIN never qualifies", "VIEW never qualifies");
    }

    @Test
    void setPointRate_withABadCurrencyAndABadUnit_namesBoth() {
        JsonObject malformed = assertProblem(api.put("/point-rates/usd", new JsonObject().put("unit", "lots")), 400);
        // a unit's rules depend on its currency: they are judged once the currency is valid
        JsonObject dependsOnTheCurrency = assertProblem(api.put("/point-rates/EURO", new JsonObject().put("unit", "-5")), 400);

        assertThat(fields(malformed)).isEqualTo(List.of("currency", "unit"));
        assertThat(fields(dependsOnTheCurrency)).isEqualTo(List.of("currency"));
        JsonObject tooPrecise = assertProblem(api.put("/point-rates/JPY", new JsonObject().put("unit", "0.5")), 400);
        assertThat(fields(tooPrecise)).isEqualTo(List.of("unit"));
    }

    @Test
    void setClientUser_withEveryFieldWrong_namesThemAll() {
        JsonObject problem = assertProblem(api.put("/clients/x/users/not-an-email", new JsonObject().put("status", "ON")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("hubId", "email", "status"));
    }

    @Test
    void registerAdmin_withBadPathsAndATooShortPassword_namesThemAll_thePasswordRuleLast() {
        JsonObject problem = assertProblem(api.put("/partners/Not%20An%20Id/admins/not-an-email",
                new JsonObject().put("password", "short")), 400);

        assertThat(fields(problem)).isEqualTo(List.of("partnerId", "email", "password"));
        assertThat(problem.containsKey("code")).isFalse();
    }

    @Test
    void theBreakdownAndTheExplanation_withEveryQueryParameterWrong_nameThemAll() {
        JsonObject breakdown = assertProblem(api.get("/partners/Not%20An%20Id/breakdown?at=soon&limit=0&cursor=x"), 400);
        JsonObject explanation = assertProblem(api.get("/partners/Not%20An%20Id/clients/x/explanation?at=soon"), 400);

        assertThat(fields(breakdown)).isEqualTo(List.of("partnerId", "at", "limit", "cursor"));
        assertThat(fields(explanation)).isEqualTo(List.of("partnerId", "hubId", "at"));
    }

    @Test
    void theListings_withAWrongLimitAndCursor_nameBoth() {
        List<String> paths = List.of("/partners", "/clients?q=glob", "/partners/acme/clients", "/partners/acme/admins",
                "/clients/501/activities");
        for (String path : paths) {
            String query = (path.contains("?") ? "&" : "?") + "limit=1001&cursor=not-a-cursor";
            assertThat(fields(assertProblem(api.get(path + query), 400))).as(path).isEqualTo(List.of("limit", "cursor"));
        }
        assertThat(fields(assertProblem(api.get("/partners/Not%20An%20Id/clients?limit=x"), 400)))
                .isEqualTo(List.of("partnerId", "limit"));
        assertThat(fields(assertProblem(api.get("/clients/x/activities?limit=0"), 400)))
                .isEqualTo(List.of("hubId", "limit"));
    }

    @Test
    void theAuditTrails_withEveryParameterWrong_nameThemAll() {
        assertThat(fields(assertProblem(api.get("/partners/Not%20An%20Id/audit?limit=0&before=x"), 400)))
                .isEqualTo(List.of("partnerId", "limit", "before"));
        assertThat(fields(assertProblem(api.get("/audit?limit=x&before=0"), 400))).isEqualTo(List.of("limit", "before"));
    }

    /** A query with one invalid parameter: its answer is the one it always was (but the request id). */
    @Test
    void aQueryWithOneInvalidParameter_isAnsweredAsBefore() {
        assertAnswer(api.get("/partners/acme/breakdown?limit=0"),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"limit: must be between 1 and 1000\",\"errors\":[{\"field\":\"limit\","
                        + "\"message\":\"must be between 1 and 1000\"}],\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.get("/partners?cursor=x"),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"cursor: is not a cursor this listing gave out; start without one\",\"errors\":[{"
                        + "\"field\":\"cursor\",\"message\":\"is not a cursor this listing gave out; start without one\"}],"
                        + "\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.get("/partners/acme/clients/501/explanation?at=soon"),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"at must be an ISO-8601 instant with offset, e.g. 2026-11-27T10:00:00Z\",\"errors\":[{"
                        + "\"field\":\"at\",\"message\":\"must be an ISO-8601 instant with offset, e.g. 2026-11-27T10:00:00Z\"}]}");
        assertAnswer(api.get("/audit?limit=x"),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"limit must be a whole number\",\"errors\":[{\"field\":\"limit\","
                        + "\"message\":\"must be a whole number\"}]}");
    }

    /** Each request has one invalid field: its answer is the one it always was, byte for byte (but the request id). */
    @Test
    void aRequestWithOneInvalidField_isAnsweredAsBefore() {
        assertAnswer(api.put("/qualifying-actions/not%20a%20tool", new JsonObject().put("actions", new JsonArray().add("EDIT"))),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"tool: must be 1-64 of A-Z, 0-9 and '_'\",\"errors\":[{\"field\":\"tool\","
                        + "\"message\":\"must be 1-64 of A-Z, 0-9 and '_'\"}],\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.put("/qualifying-actions/cms", new JsonObject().put("actions", new JsonArray().add("LOGIN"))),
                "{\"type\":\"tag:managed-mrr,2026:problems/refused-by-rule\",\"title\":\"Unprocessable Content\","
                        + "\"status\":422,\"detail\":\"LOGIN never qualifies (docs/rules.md §4)\",\"errors\":[{\"field\":"
                        + "\"actions\",\"message\":\"LOGIN never qualifies\"}],\"code\":\"NEVER_QUALIFYING_ACTION\"}");
        assertAnswer(api.put("/point-rates/usd", new JsonObject().put("unit", "100")),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"currency: must be an ISO 4217 currency code such as USD\",\"errors\":[{\"field\":"
                        + "\"currency\",\"message\":\"must be an ISO 4217 currency code such as USD\"}],"
                        + "\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.put("/clients/502", new JsonObject().put("name", "Globex").put("currency", "USD").put("mrr", "1.234")),
                "{\"type\":\"tag:managed-mrr,2026:problems/refused-by-rule\",\"title\":\"Unprocessable Content\","
                        + "\"status\":422,\"detail\":\"mrr has more decimals than USD allows (2)\",\"errors\":[{\"field\":"
                        + "\"mrr\",\"message\":\"at most 2 decimals in USD\"}],\"code\":\"TOO_MANY_DECIMALS\"}");
        assertAnswer(api.put("/clients/502", new JsonObject().put("name", "Globex").put("currency", "USD").put("mrr", "-1")),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"mrr: must not be negative\",\"errors\":[{\"field\":\"mrr\",\"message\":"
                        + "\"must not be negative\"}],\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.post("/partners/acme/clients/501/employees", new JsonObject().put("emails", new JsonArray())),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"emails: needs at least one e-mail\",\"errors\":[{\"field\":\"emails\",\"message\":"
                        + "\"needs at least one e-mail\"}],\"code\":\"INVALID_INPUT\"}");
        assertAnswer(api.post("/partners/acme/clients/501/employees",
                        new JsonObject().put("emails", new JsonArray().add("ann@acme.example").add(42))),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"emails[1] must be a string\",\"errors\":[{\"field\":\"emails[1]\",\"message\":"
                        + "\"must be a string\"}]}");
        assertAnswer(api.send(HttpMethod.POST, "/partners/Not%20An%20Id/contractors/carl@freelance.example/clients",
                        "not json", "text/plain", TestApi.TOKEN),
                "{\"type\":\"tag:managed-mrr,2026:problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"partnerId must be 1-64 characters of a-z, 0-9, '-' and '_'\",\"errors\":[{\"field\":"
                        + "\"partnerId\",\"message\":\"must be 1-64 characters of a-z, 0-9, '-' and '_'\"}]}");
    }

    private static void assertAnswer(TestApi.Reply reply, String expected) {
        JsonObject answer = reply.json();
        answer.remove("instance");
        assertThat(answer.encode()).isEqualTo(expected);
    }
}
