package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /partners/{partnerId}/audit} over HTTP; every response is checked against the OpenAPI document. */
class AuditApiRoutesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(NOW);
        given = new Given(api);
        given.partner("acme", "acme.example").partner("beta", "beta.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").seat(501, "ann@acme.example");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static List<String> actions(TestApi.Reply reply) {
        return reply.jsonArray("entries").stream().map(e -> ((JsonObject) e).getString("action")).toList();
    }

    @Test
    void commandsThroughTheApi_audit_listsThePartnersEntriesNewestFirst_byTheInternalSystem() {
        assertThat(api.delete("/partners/acme/clients/501/staff/ann%40acme.example").status()).isEqualTo(204);

        TestApi.Reply reply = api.get("/partners/acme/audit");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(actions(reply)).containsExactly("STAFF_REMOVED", "SEAT_SET", "PARTNER_USER_UPSERTED",
                "PARTNER_UPSERTED");
        assertThat(reply.jsonArray("entries").getJsonObject(0)).isEqualTo(new JsonObject()
                .put("id", reply.jsonArray("entries").getJsonObject(0).getLong("id"))
                .put("at", "2026-11-27T10:00:00Z")
                .put("actor", new JsonObject().put("kind", "INTERNAL_SYSTEM").putNull("email").put("name", "default"))
                .put("action", "STAFF_REMOVED")
                .put("partnerId", "acme")
                .put("hubId", 501)
                .put("email", "ann@acme.example")
                .put("effects", new JsonArray()
                        .add("removed ann@acme.example from client account 501")
                        .add("unassigned ann@acme.example from 501")
                        .add("ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)")));
        assertThat(reply.json().getValue("nextBefore")).isNull();
    }

    @Test
    void pointRateAndQualifyingActionChanges_areInTheWholeTrail_withActorAndOldAndNewValues_andInEveryPartnersTrail() {
        assertThat(api.put("/point-rates/USD", new JsonObject().put("unit", "1")).status()).isEqualTo(200);
        assertThat(api.put("/qualifying-actions/BLOG", new JsonObject().put("actions",
                new JsonArray().add("PUBLISH").add("SHARE"))).status()).isIn(200, 201);

        TestApi.Reply all = api.get("/audit?limit=2");

        assertThat(all.status()).isEqualTo(200);
        assertThat(actions(all)).containsExactly("QUALIFYING_ACTIONS_SET", "POINT_RATE_SET");
        JsonObject rate = all.jsonArray("entries").getJsonObject(1);
        assertThat(rate.getJsonObject("actor").getString("kind")).isEqualTo("INTERNAL_SYSTEM");
        assertThat(rate.getString("partnerId")).isNull();
        assertThat(rate.getJsonArray("effects").getString(0)).startsWith("set the point unit of USD from 100 to 1 ");
        assertThat(all.jsonArray("entries").getJsonObject(0).getJsonArray("effects").getString(0))
                .contains(" to [PUBLISH, SHARE] ");
        assertThat(all.json().getLong("nextBefore")).isNotNull();
        TestApi.Reply older = api.get("/audit?limit=200&before=" + all.json().getLong("nextBefore"));
        assertThat(actions(older)).contains("PARTNER_UPSERTED", "CLIENT_UPSERTED").doesNotContain("POINT_RATE_SET");
        for (String partner : List.of("acme", "beta")) {
            assertThat(actions(api.get("/partners/" + partner + "/audit"))).as(partner)
                    .startsWith("QUALIFYING_ACTIONS_SET", "POINT_RATE_SET");
        }
    }

    @Test
    void anAdminLoginsCreationAndPasswordChange_areInThePartnersTrail_neverThePassword() {
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "correct horse battery"));
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "another long passphrase"));

        TestApi.Reply trail = api.get("/partners/acme/audit");

        assertThat(actions(trail)).startsWith("ADMIN_PASSWORD_CHANGED", "ADMIN_LOGIN_CREATED");
        assertThat(trail.jsonArray("entries").getJsonObject(1).getString("email")).isEqualTo("boss@acme.example");
        assertThat(trail.body().toString()).doesNotContain("correct horse").doesNotContain("passphrase");
        assertThat(actions(api.get("/partners/beta/audit"))).doesNotContain("ADMIN_LOGIN_CREATED");
    }

    @Test
    void anotherPartner_audit_neverShowsAcmesEntries() {
        TestApi.Reply beta = api.get("/partners/beta/audit");

        assertThat(beta.status()).isEqualTo(200);
        assertThat(actions(beta)).containsExactly("PARTNER_UPSERTED");
        assertThat(beta.jsonArray("entries").getJsonObject(0).getString("partnerId")).isEqualTo("beta");
    }

    @Test
    void aLimit_audit_pagesWithNextBefore() {
        TestApi.Reply first = api.get("/partners/acme/audit?limit=2");
        long next = first.json().getLong("nextBefore");
        TestApi.Reply second = api.get("/partners/acme/audit?limit=2&before=" + next);

        assertThat(actions(first)).containsExactly("SEAT_SET", "PARTNER_USER_UPSERTED");
        assertThat(actions(second)).containsExactly("PARTNER_UPSERTED");
        assertThat(second.json().getValue("nextBefore")).isNull();
    }

    @Test
    void anUnknownPartnerOrBadParameters_audit_answers404Or400() {
        assertThat(api.get("/partners/nobody/audit").status()).isEqualTo(404);
        assertThat(api.get("/partners/acme/audit?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/partners/acme/audit?limit=201").status()).isEqualTo(400);
        assertThat(api.get("/partners/acme/audit?before=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/partners/acme/audit?before=0").status()).isEqualTo(400);
        assertThat(api.get("/partners/Not%20Valid/audit").status()).isEqualTo(400);
    }
}
