package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The listings and their cursors: every page by key, stable when rows are inserted between pages. */
class ListingApiRoutesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(NOW);
        given = new Given(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** Every item of a listing, following {@code next} page by page; {@code between} runs after each page. */
    private List<JsonObject> all(String path, String field, int limit, Runnable between) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        String separator = path.contains("?") ? "&" : "?";
        for (int pages = 0; pages < 100; pages++) {
            TestApi.Reply reply = api.get(path + separator + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            JsonArray page = reply.json().getJsonArray(field);
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            page.forEach(item -> items.add((JsonObject) item));
            cursor = reply.json().getString("next");
            if (cursor == null) {
                return items;
            }
            between.run();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void partners_listPartners_pagesThroughAllById_andOnesInsertedMeanwhileNeverShiftAPage() {
        for (String id : List.of("delta", "alpha", "echo", "charlie", "bravo")) {
            given.partner(id, id + ".example");
        }
        List<String> inserted = new ArrayList<>(List.of("aaa", "zulu"));

        List<JsonObject> partners = all("/partners", "partners", 2, () -> {
            if (!inserted.isEmpty()) {
                String id = inserted.remove(0);
                given.partner(id, id + ".example");
            }
        });

        assertThat(partners).extracting(partner -> partner.getString("partnerId"))
                .containsExactly("alpha", "bravo", "charlie", "delta", "echo", "zulu");
        assertThat(partners.get(0)).isEqualTo(new JsonObject().put("partnerId", "alpha").put("name", "alpha agency")
                .put("emailDomains", new JsonArray().add("alpha.example")));
    }

    @Test
    void clients_listClients_searchesNameAndHubId_caseInsensitively_andPages() {
        given.client(501, "USD", "1000.00").client(502, "EUR", "88.00").client(7501, "JPY", "14400")
                .client(9000, "USD", "5.00");
        api.put("/clients/9000", new JsonObject().put("name", "Globex 501 Ltd").put("currency", "USD")
                .put("mrr", "5.00").put("growthMarket", true));

        TestApi.Reply first = api.get("/clients?q=501&limit=2");
        TestApi.Reply rest = api.get("/clients?q=501&limit=2&cursor="
                + URLEncoder.encode(first.json().getString("next"), StandardCharsets.UTF_8));
        TestApi.Reply byName = api.get("/clients?q=GLOBEX");

        assertThat(first.json().getJsonArray("clients").stream().map(c -> ((JsonObject) c).getLong("hubId")))
                .containsExactly(501L, 7501L);
        assertThat(rest.json().getJsonArray("clients").stream().map(c -> ((JsonObject) c).getLong("hubId")))
                .containsExactly(9000L);
        assertThat(rest.json().getString("next")).isNull();
        assertThat(byName.json().getJsonArray("clients").getJsonObject(0)).isEqualTo(new JsonObject()
                .put("hubId", 9000).put("name", "Globex 501 Ltd").put("currency", "USD").put("mrr", "5.00")
                .put("growthMarket", true));
        assertThat(all("/clients", "clients", 3, () -> { })).hasSize(4);
    }

    @Test
    void aPartner_listPartnerClients_answersEveryClientItWasAssigned_withWhetherItServicesItNow() {
        given.partner("acme", "acme.example").employee("acme", "ann@acme.example")
                .client(501, "USD", "1000.00").client(502, "USD", "1000.00").client(503, "USD", "1000.00")
                .addEmployee("acme", 501, "ann@acme.example").addEmployee("acme", 502, "ann@acme.example");
        api.clock.set(NOW.plus(Duration.ofHours(1)));
        given.publish("evt-1", 501, "ann@acme.example", NOW.plus(Duration.ofMinutes(30)));
        api.delete("/partners/acme/clients/502/assignments/ann@acme.example");

        List<JsonObject> clients = all("/partners/acme/clients", "clients", 1, () -> { });

        assertThat(clients).containsExactly(
                new JsonObject().put("hubId", 501).put("name", "Client 501").put("servicing", true),
                new JsonObject().put("hubId", 502).put("name", "Client 502").put("servicing", false));
        assertProblem(api.get("/partners/nobody/clients"), 404);
    }

    @Test
    void admins_listPartnerAdmins_answersTheirEmailsOnly() {
        given.partner("acme", "acme.example").partner("beta", "beta.example");
        for (String email : List.of("zoe@acme.example", "Amy@acme.example", "kim@acme.example")) {
            api.put("/partners/acme/admins/" + email, new JsonObject().put("password", "correct horse battery"));
        }
        api.put("/partners/beta/admins/bea@beta.example", new JsonObject().put("password", "correct horse battery"));

        TestApi.Reply first = api.get("/partners/acme/admins?limit=2");
        List<JsonObject> admins = all("/partners/acme/admins", "admins", 2, () -> { });

        assertThat(first.json().getString("partnerId")).isEqualTo("acme");
        assertThat(first.json().getJsonArray("admins")).containsExactly(
                new JsonObject().put("email", "amy@acme.example"), new JsonObject().put("email", "kim@acme.example"));
        assertThat(admins).extracting(admin -> admin.getString("email"))
                .containsExactly("amy@acme.example", "kim@acme.example", "zoe@acme.example");
        assertProblem(api.get("/partners/nobody/admins"), 404);
    }

    @Test
    void activities_listClientActivities_pagesNewestFirst_andOnesRecordedMeanwhileNeverShiftAPage() {
        given.partner("acme", "acme.example").employee("acme", "ann@acme.example").client(501, "USD", "1000.00")
                .addEmployee("acme", 501, "ann@acme.example");
        for (int i = 1; i <= 5; i++) {
            given.publish("evt-" + i, 501, "ann@acme.example", NOW.minus(Duration.ofMinutes(10 - i)));
        }
        List<String> recordedMeanwhile = new ArrayList<>(List.of("late-1", "late-2"));

        List<JsonObject> activities = all("/clients/501/activities", "activities", 2, () -> {
            if (!recordedMeanwhile.isEmpty()) {
                given.publish(recordedMeanwhile.remove(0), 501, "ann@acme.example", NOW);
            }
        });

        assertThat(activities).extracting(a -> a.getString("activityId"))
                .containsExactly("evt-5", "evt-4", "evt-3", "evt-2", "evt-1");
    }

    @Test
    void aBreakdown_pages_coverEveryRowOnce_andTheTotalsAlwaysCoverAllRows() {
        given.partner("acme", "acme.example").employee("acme", "ann@acme.example");
        for (long hub = 501; hub <= 505; hub++) {
            given.client(hub, "USD", "1000.00").addEmployee("acme", hub, "ann@acme.example");
        }
        api.clock.set(NOW.plus(Duration.ofHours(1)));
        given.publish("evt-1", 503, "ann@acme.example", NOW.plus(Duration.ofMinutes(30)));
        JsonObject whole = api.get("/partners/acme/breakdown").json();

        TestApi.Reply firstPage = api.get("/partners/acme/breakdown?limit=2");
        List<JsonObject> rows = all("/partners/acme/breakdown", "clients", 2, () -> { });

        assertThat(whole.getJsonArray("clients")).hasSize(5);
        assertThat(whole.containsKey("next")).as("without limit and cursor, the answer of before").isFalse();
        assertThat(firstPage.json().getJsonArray("clients")).hasSize(2);
        assertThat(firstPage.json().getJsonObject("totals")).isEqualTo(whole.getJsonObject("totals"));
        assertThat(firstPage.json().getJsonObject("totals").getString("managedPoints")).isEqualTo("10.00");
        assertThat(rows).containsExactlyElementsOf(whole.getJsonArray("clients").stream()
                .map(row -> (JsonObject) row).toList());
    }

    @Test
    void aBadLimitOrACursorFromElsewhere_listings_answer400NamingTheParameter() {
        given.partner("acme", "acme.example").partner("beta", "beta.example").client(501, "USD", "1.00");
        String partnersCursor = api.get("/partners?limit=1").json().getString("next");

        for (String path : List.of("/partners", "/clients", "/partners/acme/clients", "/partners/acme/admins",
                "/clients/501/activities", "/partners/acme/breakdown")) {
            assertProblem(api.get(path + "?limit=0"), 400, "limit");
            assertProblem(api.get(path + "?limit=abc"), 400, "limit");
            assertProblem(api.get(path + "?cursor=not-a-cursor!"), 400, "cursor");
            if (!path.equals("/partners")) {
                assertProblem(api.get(path + "?cursor=" + partnersCursor), 400, "cursor");
            }
        }
        assertProblem(api.get("/clients?q=" + "x".repeat(201)), 400, "q");
    }
}
