package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.Jdbc;
import com.managedmrr.persistence.testing.FreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one database (scaling out): overlapping ingestion batches sent to both store each activity
 * once, with accepted + duplicates adding up; concurrent last-seat removals sent one to each instance record the
 * end of the managed relationship exactly once — the same results as a single instance.
 */
class TwoInstancesIT {

    private static final String TOKEN = "two-instances-token-0123456789";
    private static final int ACTIVITIES = 1_000;
    private static final int BATCH = 100;
    private static final List<Long> RACED_CLIENTS = List.of(502L, 503L, 504L, 505L, 506L, 507L);

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @TempDir
    static Path unusedDataDirectory;

    private static ManagedMrrServer first;
    private static ManagedMrrServer second;

    @BeforeAll
    static void startBoth() throws Exception {
        Config config = new Config(0, Optional.of(database.url()), TOKEN, false);
        first = new ManagedMrrServer(config, unusedDataDirectory.resolve("a")).start();
        second = new ManagedMrrServer(config, unusedDataDirectory.resolve("b")).start();
    }

    @AfterAll
    static void stopBoth() {
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void overlappingBatchesToBothInstances_storeEachActivityOnce_andTheCountsAddUp() throws Exception {
        expect(first, "PUT", "/api/v1/partners/acme", new JsonObject().put("name", "Acme")
                .put("emailDomains", new JsonArray().add("acme.example")), 201, 200);
        expect(second, "PUT", "/api/v1/partners/acme/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE"), 201, 200);
        expect(first, "PUT", "/api/v1/clients/501", client("Globex"), 201, 200);
        expect(second, "POST", "/api/v1/partners/acme/clients/501/employees",
                new JsonObject().put("emails", new JsonArray().add("ann@acme.example")), 200);

        Instant base = Instant.now().minusSeconds(3_600);
        List<String> batches = new ArrayList<>();
        for (int start = 0; start < ACTIVITIES; start += BATCH) {
            JsonArray items = new JsonArray();
            for (int i = start; i < start + BATCH; i++) {
                items.add(new JsonObject().put("activityId", "two-" + i).put("hubId", 501)
                        .put("userEmail", "ann@acme.example").put("tool", "BLOG").put("action", "PUBLISH")
                        .put("occurredAt", base.plusSeconds(i).toString()).put("assetId", "post-" + (i % 7)));
            }
            batches.add(new JsonObject().put("activities", items).encode());
        }
        // every batch goes to both instances at once, and two more senders overlap them in reverse order
        List<Callable<int[]>> senders = List.of(
                () -> sendAll(first, batches),
                () -> sendAll(second, batches),
                () -> sendAll(first, reversed(batches)),
                () -> sendAll(second, reversed(batches)));
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        int accepted = 0;
        int duplicates = 0;
        try {
            for (Future<int[]> counts : pool.invokeAll(senders, 120, TimeUnit.SECONDS)) {
                accepted += counts.get()[0];
                duplicates += counts.get()[1];
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted).as("each activity accepted once across both instances").isEqualTo(ACTIVITIES);
        assertThat(accepted + duplicates).isEqualTo(ACTIVITIES * senders.size());
        assertThat(count("SELECT count(*) FROM activities WHERE hub_id = 501")).isEqualTo(ACTIVITIES);
        assertThat(count("SELECT count(DISTINCT activity_id) FROM activities WHERE hub_id = 501")).isEqualTo(ACTIVITIES);
        for (ManagedMrrServer instance : List.of(first, second)) {
            HttpResponse<String> listed = HttpCalls.get(instance.port(), "/api/v1/clients/501/activities?limit=1000",
                    "Bearer " + TOKEN);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonArray activities = new JsonObject(listed.body()).getJsonArray("activities");
            assertThat(activities).hasSize(ACTIVITIES);
            assertThat(activities.stream().map(a -> ((JsonObject) a).getString("activityId")).distinct().count())
                    .isEqualTo(ACTIVITIES);
        }
    }

    @Test
    void concurrentLastSeatRemovals_throughBothInstances_endTheRelationshipExactlyOnce() throws Exception {
        expect(first, "PUT", "/api/v1/partners/beta", new JsonObject().put("name", "Beta")
                .put("emailDomains", new JsonArray().add("beta.example")), 201, 200);
        for (String email : List.of("cy@beta.example", "di@beta.example")) {
            expect(second, "PUT", "/api/v1/partners/beta/users/" + email,
                    new JsonObject().put("name", email).put("kind", "EMPLOYEE"), 201, 200);
        }
        for (long hubId : RACED_CLIENTS) {
            expect(first, "PUT", "/api/v1/clients/" + hubId, client("Client " + hubId), 201, 200);
            expect(second, "POST", "/api/v1/partners/beta/clients/" + hubId + "/employees",
                    new JsonObject().put("emails", new JsonArray().add("cy@beta.example").add("di@beta.example")), 200);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long hubId : RACED_CLIENTS) {
                List<Callable<Integer>> removals = List.of(
                        () -> HttpCalls.send(first.port(), "DELETE",
                                "/api/v1/partners/beta/clients/" + hubId + "/staff/cy@beta.example", TOKEN, null).statusCode(),
                        () -> HttpCalls.send(second.port(), "DELETE",
                                "/api/v1/partners/beta/clients/" + hubId + "/staff/di@beta.example", TOKEN, null).statusCode());
                for (Future<Integer> status : pool.invokeAll(removals, 30, TimeUnit.SECONDS)) {
                    assertThat(status.get()).isEqualTo(204);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        for (long hubId : RACED_CLIENTS) {
            assertThat(count("SELECT count(*) FROM relationship_ends WHERE partner_id = 'beta' AND hub_id = " + hubId))
                    .as("ends of beta's relationship with %d", hubId).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM relationship_ends WHERE partner_id = 'beta' AND hub_id = " + hubId
                    + " AND reason = 'USERS_REMOVED_FROM_CLIENT'")).isEqualTo(1);
        }
    }

    private static int[] sendAll(ManagedMrrServer instance, List<String> batches) throws Exception {
        int accepted = 0;
        int duplicates = 0;
        for (String batch : batches) {
            HttpResponse<String> response = HttpCalls.send(instance.port(), "POST", "/api/v1/activities", TOKEN, batch);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject result = new JsonObject(response.body());
            assertThat(result.getJsonArray("rejected")).isEmpty();
            accepted += result.getInteger("accepted");
            duplicates += result.getInteger("duplicates");
        }
        return new int[] {accepted, duplicates};
    }

    private static List<String> reversed(List<String> batches) {
        List<String> copy = new ArrayList<>(batches);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static JsonObject client(String name) {
        return new JsonObject().put("name", name).put("currency", "USD").put("mrr", "1000.00").put("growthMarket", false);
    }

    private static void expect(ManagedMrrServer instance, String method, String path, JsonObject body, Integer... statuses)
            throws Exception {
        HttpResponse<String> response = HttpCalls.send(instance.port(), method, path, TOKEN, body.encode());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isIn((Object[]) statuses);
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = Jdbc.open(database.url());
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
