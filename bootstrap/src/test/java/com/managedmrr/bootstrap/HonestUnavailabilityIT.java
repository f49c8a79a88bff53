package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.Jdbc;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 503 means nothing was stored: a write that cannot get the lock that orders writers, or that meets a read-only
 * database, is rolled back and answered 503 problem+json with {@code Retry-After} well before the request time-out,
 * and the client's retry then stores it once. {@code /ready} says so when the database does not accept writes. Runs on
 * its own embedded PostgreSQL (it changes server settings).
 */
class HonestUnavailabilityIT {

    private static final String TOKEN = "unavailability-test-token-0123";
    /** The product's advisory lock key, as the persistence adapter takes it ("MRR" + 1). */
    private static final long ADVISORY_LOCK_KEY = 0x4D_52_52_01L;
    /** Longer than the API's 30 s request time-out: the answer we see is the server's own, not the client's. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Path folder;
    private static EmbeddedDatabase database;
    private static ManagedMrrServer server;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("managed-mrr-unavailable");
        database = EmbeddedDatabase.start(folder.resolve("postgres"));
        server = new ManagedMrrServer(new Config(0, Optional.of(database.url()), TOKEN, false), folder.resolve("unused"))
                .start();
        call("PUT", "/api/v1/partners/acme", new JsonObject().put("name", "Acme")
                .put("emailDomains", new JsonArray().add("acme.example")).encode());
        call("PUT", "/api/v1/clients/501", new JsonObject().put("name", "Globex").put("currency", "USD")
                .put("mrr", "1000.00").put("growthMarket", false).encode());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (database != null) {
            database.close();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void anotherSessionHoldsTheWritersLock_writesAre503_andTheRetryStoresThemOnce() throws Exception {
        HttpResponse<String> activity;
        HttpResponse<String> user;
        try (Connection other = Jdbc.open(server.databaseUrl()); Statement sql = other.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")");

            activity = call("POST", "/api/v1/activities", oneActivity("held-1"));
            user = call("PUT", "/api/v1/partners/acme/users/bob@acme.example",
                    new JsonObject().put("name", "Bob").put("kind", "EMPLOYEE").encode());

            assertUnavailable(activity);
            assertUnavailable(user);
            sql.execute("SELECT pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")");
        }

        HttpResponse<String> retried = call("POST", "/api/v1/activities", oneActivity("held-1"));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(new JsonObject(retried.body()).getInteger("accepted")).as(retried.body()).isEqualTo(1);
        assertThat(new JsonObject(retried.body()).getInteger("duplicates")).as(retried.body()).isZero();
        HttpResponse<String> retriedUser = call("PUT", "/api/v1/partners/acme/users/bob@acme.example",
                new JsonObject().put("name", "Bob").put("kind", "EMPLOYEE").encode());
        assertThat(retriedUser.statusCode()).as("the retry creates the user: " + retriedUser.body()).isEqualTo(201);
        JsonArray stored = new JsonObject(call("GET", "/api/v1/clients/501/activities?limit=50", null).body())
                .getJsonArray("activities");
        assertThat(stored.stream().filter(item -> ((JsonObject) item).getString("activityId").equals("held-1")))
                .hasSize(1);
    }

    @Test
    void aReadOnlyDatabase_writesAre503_readyIs503_andBothRecoverWhenItAcceptsWritesAgain() throws Exception {
        try (Connection admin = Jdbc.open(server.databaseUrl()); Statement sql = admin.createStatement()) {
            sql.execute("ALTER SYSTEM SET default_transaction_read_only = on");
            sql.execute("SELECT pg_reload_conf()");
            try {
                assertThat(awaitStatus("/ready", 503)).isEqualTo(503);
                assertUnavailable(call("POST", "/api/v1/activities", oneActivity("read-only-1")));
                assertUnavailable(call("PUT", "/api/v1/clients/502", new JsonObject().put("name", "Initech")
                        .put("currency", "USD").put("mrr", "10.00").put("growthMarket", false).encode()));
                assertThat(call("GET", "/api/v1/clients/501", null).statusCode()).isEqualTo(200);
            } finally {
                sql.execute("ALTER SYSTEM RESET default_transaction_read_only");
                sql.execute("SELECT pg_reload_conf()");
            }
        }
        assertThat(awaitStatus("/ready", 200)).isEqualTo(200);
        HttpResponse<String> retried = call("POST", "/api/v1/activities", oneActivity("read-only-1"));
        assertThat(new JsonObject(retried.body()).getInteger("accepted")).as(retried.body()).isEqualTo(1);
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("SQL");
    }

    private static String oneActivity(String id) {
        return new JsonObject().put("activities", new JsonArray().add(new JsonObject().put("activityId", id)
                .put("hubId", 501).put("userEmail", "ann@acme.example").put("tool", "BLOG").put("action", "PUBLISH")
                .put("occurredAt", Instant.now().minusSeconds(60).toString()).put("assetId", "post-1"))).encode();
    }

    private static int awaitStatus(String path, int wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = call("GET", path, null).statusCode();
        while (status != wanted && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = call("GET", path, null).statusCode();
        }
        return status;
    }

    private static HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
