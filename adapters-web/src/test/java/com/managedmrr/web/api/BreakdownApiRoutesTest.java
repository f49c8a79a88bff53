package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class BreakdownApiRoutesTest {

    private static final Instant SETUP = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant ACTIVITY = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(SETUP);
        given = new Given(api);
        given.partner("acme", "acme.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").addEmployee("acme", 501, "ann@acme.example");
        api.clock.set(ACTIVITY);
        given.publish("evt-1", 501, "ann@acme.example", ACTIVITY);
        api.clock.set(NOW);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void servicedClient_breakdown_answersCreditPointsAndExpiry() {
        TestApi.Reply reply = api.get("/partners/acme/breakdown");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme")
                .put("at", "2026-11-27T12:00:00Z")
                .put("totals", new JsonObject().put("managedPoints", "10.00").put("servicedClients", 1))
                .put("clients", new JsonArray().add(new JsonObject()
                        .put("hubId", 501).put("name", "Client 501").put("currency", "USD").put("mrr", "1000.00")
                        .put("managed", new JsonObject()
                                .put("servicing", true).put("credit", "1000.00").put("points", "10.00")
                                .put("sharedWith", 1)
                                .put("lastActivityAt", "2026-11-27T10:00:00Z")
                                .put("expiresAt", "2027-01-26T10:00:00Z")))));
    }

    @Test
    void atAfterExpiry_breakdown_answersZeroesAndNullExpiry_keepingTheLastActivity() {
        TestApi.Reply reply = api.get("/partners/acme/breakdown?at=2027-01-26T11:00:00%2B01:00");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonObject managed = reply.jsonArray("clients").getJsonObject(0).getJsonObject("managed");
        assertThat(reply.json().getString("at")).isEqualTo("2027-01-26T10:00:00Z");
        assertThat(managed).isEqualTo(new JsonObject()
                .put("servicing", false).put("credit", "0.00").put("points", "0.00").put("sharedWith", 0)
                .put("lastActivityAt", "2026-11-27T10:00:00Z").putNull("expiresAt"));
        assertThat(reply.json().getJsonObject("totals"))
                .isEqualTo(new JsonObject().put("managedPoints", "0.00").put("servicedClients", 0));
    }

    @Test
    void search_breakdown_filtersRowsButNotTotals() {
        TestApi.Reply none = api.get("/partners/acme/breakdown?q=zzz");
        assertThat(none.jsonArray("clients")).isEmpty();
        assertThat(none.json().getJsonObject("totals").getString("managedPoints")).isEqualTo("10.00");

        assertThat(api.get("/partners/acme/breakdown?q=client%20501").jsonArray("clients")).hasSize(1);
        assertThat(api.get("/partners/acme/breakdown?q=50").jsonArray("clients")).hasSize(1);
    }

    @Test
    void badAtOrUnknownPartner_breakdown_answers400or404() {
        assertProblem(api.get("/partners/acme/breakdown?at=tomorrow"), 400, "at");
        assertProblem(api.get("/partners/acme/breakdown?at=2026-11-27T10:00:00"), 400, "at");
        assertProblem(api.get("/partners/acme/breakdown?at=2026-13-01T10:00:00Z"), 400, "at");
        assertProblem(api.get("/partners/acme/breakdown?q=" + "x".repeat(201)), 400, "q");
        assertProblem(api.get("/partners/nobody/breakdown"), 404);
        assertProblem(api.get("/partners/NOPE/breakdown"), 400, "partnerId");
    }

    @Test
    void jpyClientSharedByThree_breakdown_answersWholeYenAndTwoDecimalPoints() {
        api.clock.set(SETUP);
        given.client(777, "JPY", "10001");
        for (String partner : new String[] {"p1", "p2", "p3"}) {
            given.partner(partner, partner + ".example").employee(partner, "e@" + partner + ".example")
                    .addEmployee(partner, 777, "e@" + partner + ".example");
        }
        api.clock.set(ACTIVITY);
        for (String partner : new String[] {"p1", "p2", "p3"}) {
            given.publish("jp-" + partner, 777, "e@" + partner + ".example", ACTIVITY);
        }
        api.clock.set(NOW);

        JsonObject managed = api.get("/partners/p1/breakdown").jsonArray("clients").getJsonObject(0)
                .getJsonObject("managed");

        assertThat(managed.getString("credit")).isEqualTo("3334");
        assertThat(managed.getString("points")).isEqualTo("0.23");
        assertThat(managed.getInteger("sharedWith")).isEqualTo(3);
    }

    @Test
    void servicedClient_explanation_answersTheActivityThatKeepsItAlive() {
        TestApi.Reply reply = api.get("/partners/acme/clients/501/explanation");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme").put("hubId", 501).put("at", "2026-11-27T12:00:00Z")
                .put("servicing", true).putNull("reason").putNull("endedAt")
                .put("keptAliveBy", new JsonObject().put("activityId", "evt-1").put("userEmail", "ann@acme.example")
                        .put("occurredAt", "2026-11-27T10:00:00Z").put("expiresAt", "2027-01-26T10:00:00Z"))
                .put("users", new JsonArray().add(new JsonObject()
                        .put("email", "ann@acme.example").put("partnerUser", true).put("assigned", true)
                        .put("clientUser", "ACTIVE").put("lastQualifyingActivityAt", "2026-11-27T10:00:00Z")
                        .putNull("reason"))));
    }

    @Test
    void userRemovedFromClient_explanation_answersTheEndAndItsInstant() {
        api.delete("/partners/acme/clients/501/staff/ann@acme.example");
        api.clock.advance(Duration.ofMinutes(1));

        JsonObject explanation = api.get("/partners/acme/clients/501/explanation").json();

        assertThat(explanation.getBoolean("servicing")).isFalse();
        assertThat(explanation.getString("reason")).isEqualTo("ENDED_USERS_REMOVED_FROM_CLIENT");
        assertThat(explanation.getString("endedAt")).isEqualTo("2026-11-27T12:00:00Z");
        assertThat(explanation.getValue("keptAliveBy")).isNull();
        JsonObject ann = explanation.getJsonArray("users").getJsonObject(0);
        assertThat(ann.getValue("clientUser")).isNull();
        assertThat(ann.getString("reason")).isNotNull();
    }

    @Test
    void badAtOrUnknowns_explanation_answers400or404() {
        assertProblem(api.get("/partners/acme/clients/501/explanation?at=soon"), 400, "at");
        assertProblem(api.get("/partners/acme/clients/abc/explanation"), 400, "hubId");
        assertProblem(api.get("/partners/nobody/clients/501/explanation"), 404);
        assertProblem(api.get("/partners/acme/clients/999/explanation"), 404);
    }

    /** docs/rules.md §8: a user removed from the partner while another stays assigned is NOT_A_PARTNER_USER (in the contract). */
    @Test
    void aUserRemovedFromThePartnerWhileAnotherStaysAssigned_explanation_answersNotAPartnerUser() {
        given.employee("acme", "bob@acme.example").addEmployee("acme", 501, "bob@acme.example");
        assertThat(api.delete("/partners/acme/users/ann@acme.example").status()).isEqualTo(204);

        TestApi.Reply reply = api.get("/partners/acme/clients/501/explanation");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonObject explanation = reply.json();
        assertThat(explanation.getBoolean("servicing")).isTrue();
        JsonObject ann = explanation.getJsonArray("users").getJsonObject(0);
        assertThat(ann.getString("email")).isEqualTo("ann@acme.example");
        assertThat(ann.getBoolean("partnerUser")).isFalse();
        assertThat(ann.getValue("reason")).isNull();

        api.clock.set(ACTIVITY.plus(Duration.ofDays(60)));
        JsonObject later = api.get("/partners/acme/clients/501/explanation").json();
        assertThat(later.getString("reason")).isEqualTo("EXPIRED");
        assertThat(later.getString("endedAt")).isEqualTo("2027-01-26T10:00:00Z");
        assertThat(later.getJsonArray("users").getJsonObject(0).getString("reason")).isEqualTo("NOT_A_PARTNER_USER");
        assertThat(later.getJsonArray("users").getJsonObject(1).getString("reason")).isEqualTo("NO_QUALIFYING_ACTIVITY");
    }
}
