package com.managedmrr.web.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityApiRoutesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String TEN_KB = "x".repeat(10 * 1024);

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(NOW.minus(Duration.ofHours(1)));
        given = new Given(api);
        given.partner("acme", "acme.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").addEmployee("acme", 501, "ann@acme.example");
        api.clock.set(NOW);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonObject item(String activityId) {
        return Given.activityJson(activityId, 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.minusSeconds(60));
    }

    private static JsonObject batch(Object... items) {
        JsonArray array = new JsonArray();
        for (Object item : items) {
            array.add(item);
        }
        return new JsonObject().put("activities", array);
    }

    @Test
    void goodItems_post_acceptsThem_andReportsKnownIdsAsDuplicates() {
        TestApi.Reply first = api.post("/activities", batch(item("evt-1"), item("evt-2")));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).isEqualTo(new JsonObject()
                .put("accepted", 2).put("duplicates", 0).put("rejected", new JsonArray())
                .put("conflicted", 0).put("conflicts", new JsonArray()));

        TestApi.Reply again = api.post("/activities", batch(item("evt-2"), item("evt-3"), item("evt-3")));
        assertThat(again.json()).isEqualTo(new JsonObject()
                .put("accepted", 1).put("duplicates", 2).put("rejected", new JsonArray())
                .put("conflicted", 0).put("conflicts", new JsonArray()));
    }

    @Test
    void knownIdsWithOtherContent_post_reportsEachConflict_andKeepsTheActivityAsFirstReceived() {
        api.post("/activities", batch(item("evt-1").put("assetId", "post-9")));

        TestApi.Reply again = api.post("/activities", batch(
                item("evt-1").put("assetId", "post-9"),
                item("evt-1").put("tool", "EMAIL").put("action", "EDIT").put("assetId", "post-10"),
                item("evt-2"),
                item("evt-2").put("occurredAt", NOW.minusSeconds(30).toString()).put("userEmail", "bo@acme.example")));

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json()).isEqualTo(new JsonObject()
                .put("accepted", 1).put("duplicates", 1).put("rejected", new JsonArray())
                .put("conflicted", 2)
                .put("conflicts", new JsonArray()
                        .add(new JsonObject().put("index", 1).put("activityId", "evt-1")
                                .put("fields", new JsonArray().add("tool").add("action").add("assetId")))
                        .add(new JsonObject().put("index", 3).put("activityId", "evt-2")
                                .put("fields", new JsonArray().add("userEmail").add("occurredAt")))));
        JsonArray stored = api.get("/clients/501/activities").json().getJsonArray("activities");
        assertThat(stored.stream().map(a -> ((JsonObject) a).getString("tool") + "/" + ((JsonObject) a).getString("assetId")))
                .as("as first received").containsExactlyInAnyOrder("BLOG/post-9", "BLOG/asset-evt-2");
    }

    @Test
    void malformedItems_post_rejectsEachOnItsOwn_andAcceptsTheRest() {
        TestApi.Reply reply = api.post("/activities", batch(
                item("ok-1"),
                item("bad-type").put("hubId", "501"),
                item("missing-tool").putNull("tool"),
                item("bad-email").put("userEmail", "not an email"),
                item("bad-instant").put("occurredAt", "yesterday"),
                item("long-tool").put("tool", TEN_KB),
                42,
                item("unknown-client").put("hubId", 999),
                item("future").put("occurredAt", NOW.plus(Duration.ofMinutes(10)).toString()),
                item(TEN_KB),
                item("no-offset").put("occurredAt", "2026-11-27T09:00:00"),
                item("ok-2")));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonObject result = reply.json();
        assertThat(result.fieldNames()).containsExactlyInAnyOrder("accepted", "duplicates", "rejected", "conflicted", "conflicts");
        assertThat(result.getInteger("accepted")).isEqualTo(2);
        assertThat(result.getInteger("duplicates")).isZero();
        JsonArray rejected = result.getJsonArray("rejected");
        assertThat(rejected.stream().map(r -> ((JsonObject) r).getInteger("index")))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertRejection(rejected.getJsonObject(0), 1, "bad-type", "hubId");
        assertRejection(rejected.getJsonObject(1), 2, "missing-tool", "tool");
        assertRejection(rejected.getJsonObject(2), 3, "bad-email", "userEmail");
        assertRejection(rejected.getJsonObject(3), 4, "bad-instant", "occurredAt");
        assertRejection(rejected.getJsonObject(4), 5, "long-tool", "tool");
        assertRejection(rejected.getJsonObject(5), 6, null, "activities[6]");
        assertRejection(rejected.getJsonObject(6), 7, "unknown-client", "hubId");
        assertRejection(rejected.getJsonObject(7), 8, "future", "occurredAt");
        assertRejection(rejected.getJsonObject(8), 9, null, "activityId");
        assertRejection(rejected.getJsonObject(9), 10, "no-offset", "occurredAt");
        assertThat(reply.body().length()).isLessThan(10 * 1024);
    }

    private static void assertRejection(JsonObject rejection, int index, String activityId, String field) {
        assertThat(rejection.fieldNames()).containsExactlyInAnyOrder("index", "activityId", "errors");
        assertThat(rejection.getInteger("index")).isEqualTo(index);
        assertThat(rejection.getString("activityId")).isEqualTo(activityId);
        assertThat(rejection.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .as("%s", rejection).contains(field);
        assertThat(rejection.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("message")))
                .allMatch(message -> message != null && !message.isBlank());
    }

    @Test
    void malformedBody_post_answers400() {
        assertProblem(api.send(HttpMethod.POST, "/activities", "{\"activities\": [ {\"activityId\": "), 400);
        assertProblem(api.post("/activities", new JsonObject().put("activities", "evt-1")), 400, "activities");
        assertProblem(api.post("/activities", new JsonObject().put("activities", new JsonObject())), 400, "activities");
        assertProblem(api.post("/activities", new JsonObject()), 400, "activities");
        assertProblem(api.send(HttpMethod.POST, "/activities", item("evt-1").encode(), "text/plain", TestApi.TOKEN), 415);
    }

    @Test
    void moreThan1000Items_post_answers422AndStoresNothing() {
        JsonArray items = new JsonArray();
        for (int i = 0; i < 1001; i++) {
            items.add(item("evt-" + i));
        }

        TestApi.Reply reply = api.post("/activities", new JsonObject().put("activities", items));

        assertThat(assertProblem(reply, 422, "activities").getString("code")).isEqualTo("BATCH_TOO_LARGE");
        assertThat(api.store.activities()).isEmpty();
    }

    @Test
    void exactly1000Items_post_acceptsThemAll() {
        JsonArray items = new JsonArray();
        for (int i = 0; i < 1000; i++) {
            items.add(item("evt-" + i));
        }

        TestApi.Reply reply = api.post("/activities", new JsonObject().put("activities", items));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getInteger("accepted")).isEqualTo(1000);
    }

    @Test
    void activities_list_answersNewestFirstWithQualificationAndAttribution() {
        given.activity("evt-view", 501, "ann@acme.example", "BLOG", "VIEW", NOW.minusSeconds(30))
                .publish("evt-pub", 501, "ann@acme.example", NOW.minusSeconds(120));

        TestApi.Reply reply = api.get("/clients/501/activities?limit=50");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.jsonArray("activities")).containsExactly(
                new JsonObject().put("activityId", "evt-view").put("hubId", 501).put("userEmail", "ann@acme.example")
                        .put("tool", "BLOG").put("action", "VIEW").put("occurredAt", "2026-11-27T09:59:30Z")
                        .put("assetId", "asset-evt-view").put("qualifies", false).put("attributedTo", new JsonArray()),
                new JsonObject().put("activityId", "evt-pub").put("hubId", 501).put("userEmail", "ann@acme.example")
                        .put("tool", "BLOG").put("action", "PUBLISH").put("occurredAt", "2026-11-27T09:58:00Z")
                        .put("assetId", "asset-evt-pub").put("qualifies", true)
                        .put("attributedTo", new JsonArray().add("acme")));
        assertThat(api.get("/clients/501/activities?limit=1").jsonArray("activities")).hasSize(1);
        assertThat(api.get("/clients/501/activities").jsonArray("activities")).hasSize(2);
    }

    @Test
    void activityWithoutAsset_list_answersNullAssetId() {
        api.post("/activities", batch(item("evt-1").putNull("assetId")));

        JsonObject activity = api.get("/clients/501/activities").jsonArray("activities").getJsonObject(0);

        assertThat(activity.containsKey("assetId")).isTrue();
        assertThat(activity.getValue("assetId")).isNull();
    }

    @Test
    void badLimitOrUnknownClient_list_answers400or404() {
        for (String limit : List.of("abc", "0", "1001", "-1", "1.5")) {
            assertProblem(api.get("/clients/501/activities?limit=" + limit), 400, "limit");
        }
        assertProblem(api.get("/clients/999/activities"), 404);
        assertProblem(api.get("/clients/abc/activities"), 400, "hubId");
    }

    /** docs/rules.md §4.4: an activity for a Hub ID with no client account is refused on its own; the rest is judged as usual. */
    @Test
    void anUnknownHubId_post_refusesThatItemOnly_andJudgesTheRestOnTheirOwn() {
        TestApi.Reply reply = api.post("/activities", batch(
                item("before"),
                item("nowhere").put("hubId", 777),
                item("after")));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getInteger("accepted")).isEqualTo(2);
        JsonArray rejected = reply.json().getJsonArray("rejected");
        assertThat(rejected).hasSize(1);
        assertRejection(rejected.getJsonObject(0), 1, "nowhere", "hubId");
        JsonArray listed = api.get("/clients/501/activities").json().getJsonArray("activities");
        assertThat(listed.stream().map(a -> ((JsonObject) a).getString("activityId")))
                .containsExactlyInAnyOrder("before", "after");
        assertThat(listed.stream().map(a -> ((JsonObject) a).getJsonArray("attributedTo")))
                .allSatisfy(partners -> assertThat(partners).containsExactly("acme"));
        assertProblem(api.get("/clients/777/activities"), 404);
    }
}
