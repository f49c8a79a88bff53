package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Commands through the real server, on its embedded PostgreSQL, appear in {@code GET /partners/{partnerId}/audit}:
 * who (the internal system, for the JSON API), what, on which client and user, and the effect; another partner's
 * trail never shows them; a refused command leaves no entry.
 */
class AuditTrailEndToEndIT {

    private static final String TOKEN = "audit-trail-token-0123456789";

    @RegisterExtension
    static final RunningServer server = new RunningServer(TOKEN);

    @Test
    void commandsThroughTheApi_theAuditTrail_recordsThemNewestFirst_withTheEndOfTheRelationship() throws Exception {
        server.call("PUT", "/api/v1/partners/acme", new JsonObject().put("name", "Acme")
                .put("emailDomains", new JsonArray().add("acme.example")).encode(), 201);
        server.call("PUT", "/api/v1/partners/beta", new JsonObject().put("name", "Beta")
                .put("emailDomains", new JsonArray().add("beta.example")).encode(), 201);
        server.call("PUT", "/api/v1/partners/acme/users/ann@acme.example", "{\"name\":\"Ann\",\"kind\":\"EMPLOYEE\"}", 201);
        server.call("PUT", "/api/v1/clients/901", "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":\"1000.00\","
                + "\"growthMarket\":false}", 201);
        server.call("POST", "/api/v1/partners/acme/clients/901/employees", "{\"emails\":[\"ann@acme.example\"]}", 200);
        server.call("POST", "/api/v1/partners/acme/clients/901/employees", "{\"emails\":[\"nobody@acme.example\"]}", 422);
        server.call("DELETE", "/api/v1/partners/acme/clients/901/staff/ann%40acme.example", null, 204);

        JsonObject trail = new JsonObject(server.call("GET", "/api/v1/partners/acme/audit", null, 200).body());

        JsonArray entries = trail.getJsonArray("entries");
        assertThat(entries.stream().map(e -> ((JsonObject) e).getString("action")).toList()).containsExactly(
                "STAFF_REMOVED", "EMPLOYEES_ADDED", "PARTNER_USER_UPSERTED", "PARTNER_UPSERTED");
        JsonObject removal = entries.getJsonObject(0);
        // the single MRR_API_TOKEN is the caller named "default"
        assertThat(removal.getJsonObject("actor")).isEqualTo(new JsonObject().put("kind", "INTERNAL_SYSTEM")
                .putNull("email").put("name", "default"));
        assertThat(removal.getString("partnerId")).isEqualTo("acme");
        assertThat(removal.getLong("hubId")).isEqualTo(901L);
        assertThat(removal.getString("email")).isEqualTo("ann@acme.example");
        assertThat(removal.getJsonArray("effects").getList()).isEqualTo(List.of(
                "removed ann@acme.example from client account 901",
                "unassigned ann@acme.example from 901",
                "ended the managed relationship with 901 (USERS_REMOVED_FROM_CLIENT)"));
        assertThat(entries.getJsonObject(1).getJsonArray("effects").getList()).containsExactly(
                "assigned ann@acme.example to 901", "added ann@acme.example to client account 901 as ACTIVE");

        JsonObject beta = new JsonObject(server.call("GET", "/api/v1/partners/beta/audit", null, 200).body());
        assertThat(beta.getJsonArray("entries").encode()).doesNotContain("ann@acme.example", "\"acme\"");
        server.call("GET", "/api/v1/partners/nobody/audit", null, 404);
    }

}
