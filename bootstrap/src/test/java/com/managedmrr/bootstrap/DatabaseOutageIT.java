package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under load and comes back: the server stays up, says it is not ready, answers the API with
 * 503 problem+json and Retry-After (never a 500), and recovers by itself when the database returns on the same data
 * folder and port — no restart. Runs on its own embedded PostgreSQL, never the shared one.
 */
class DatabaseOutageIT {

    private static final String TOKEN = "outage-test-token-0123456789";

    @TempDir
    Path folder;

    @Test
    void theDatabaseStopsUnderLoad_theServerAnswers503_andRecoversWhenItReturns() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"));
        int databasePort = database.url().port();
        ManagedMrrServer server = null;
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> loadStatuses = new ConcurrentHashMap<>();
        Thread load = null;
        try {
            server = new ManagedMrrServer(new Config(0, Optional.of(database.url()), TOKEN, false),
                    folder.resolve("unused")).start();
            int port = server.port();
            assertThat(HttpCalls.send(port, "PUT", "/api/v1/clients/501", TOKEN, new JsonObject().put("name", "Globex")
                    .put("currency", "USD").put("mrr", "1000.00").put("growthMarket", false).encode()).statusCode())
                    .isEqualTo(201);

            AtomicInteger sequence = new AtomicInteger();
            load = new Thread(() -> {
                for (int i = 0; i < 100_000 && loading.get(); i++) {
                    try {
                        int status = HttpCalls.send(port, "POST", "/api/v1/activities", TOKEN,
                                batch(sequence.getAndAdd(10))).statusCode();
                        loadStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status != 200) {
                            Thread.sleep(20);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        loadStatuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }, "outage-load");
            load.start();
            Thread.sleep(500);

            database.close(); // PostgreSQL stops under load
            database = null;

            assertThat(awaitStatus(port, "/ready", null, status -> status == 503)).isEqualTo(503);
            HttpResponse<String> during = awaitResponse(port, "/api/v1/clients/501", "Bearer " + TOKEN,
                    status -> status == 503);
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(during.body()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(HttpCalls.get(port, "/health").statusCode()).isEqualTo(200);
            HttpResponse<String> signIn = signInToTheUi(port);
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
            assertThat(signIn.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(signIn.body()).doesNotContain("Exception");

            database = EmbeddedDatabase.start(folder.resolve("postgres"), databasePort); // back, same data and port

            assertThat(awaitStatus(port, "/ready", null, status -> status == 200)).isEqualTo(200);
            assertThat(awaitStatus(port, "/api/v1/clients/501", "Bearer " + TOKEN, status -> status == 200))
                    .isEqualTo(200);
            int before = loadStatuses.getOrDefault(200, new AtomicInteger()).get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (loadStatuses.getOrDefault(200, new AtomicInteger()).get() <= before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            loading.set(false);
            load.join(TimeUnit.SECONDS.toMillis(20));

            assertThat(loadStatuses.get(200).get()).as("ingestion resumed: %s", loadStatuses).isGreaterThan(before);
            assertThat(loadStatuses.keySet()).as("answers under load: %s", loadStatuses).containsAnyOf(503)
                    .allMatch(status -> status == 200 || status == 503);
        } finally {
            loading.set(false);
            if (load != null) {
                load.join(TimeUnit.SECONDS.toMillis(20));
            }
            if (server != null) {
                server.stop();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    /** The admin UI's sign-in as a browser makes it (cookies, CSRF token from the page): it needs the database. */
    private static HttpResponse<String> signInToTheUi(int port) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/ui/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/ui/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token.group(1))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "email=admin%40acme.example&password=a-long-enough-password"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String batch(int first) {
        JsonArray items = new JsonArray();
        for (int i = first; i < first + 10; i++) {
            items.add(new JsonObject().put("activityId", "out-" + i).put("hubId", 501)
                    .put("userEmail", "ann@acme.example").put("tool", "BLOG").put("action", "PUBLISH")
                    .put("occurredAt", Instant.now().minusSeconds(60).toString()).put("assetId", "post-1"));
        }
        return new JsonObject().put("activities", items).encode();
    }

    private static int awaitStatus(int port, String path, String authorization, Predicate<Integer> wanted)
            throws Exception {
        return awaitResponse(port, path, authorization, wanted).statusCode();
    }

    /** Polls (bounded: 60 s) until the answer's status is the wanted one; returns the last answer. */
    private static HttpResponse<String> awaitResponse(int port, String path, String authorization,
                                                      Predicate<Integer> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpResponse<String> response = HttpCalls.get(port, path, authorization);
        while (!wanted.test(response.statusCode()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = HttpCalls.get(port, path, authorization);
        }
        return response;
    }
}
