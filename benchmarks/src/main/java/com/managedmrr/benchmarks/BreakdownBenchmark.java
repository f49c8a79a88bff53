package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breakdown latency, one request at a time: GET /api/v1/partners/{id}/breakdown at now, at a past instant (45 days
 * ago) and as a projection (20 days ahead), for the largest partner alone, the 10 largest and 100 random partners;
 * and the admin UI's Points breakdown page (GET /ui/points) signed in as an admin of the largest partner.
 */
final class BreakdownBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"X-XSRF-TOKEN\"\\s+value=\"([^\"]+)\"");
    static final String ADMIN_PASSWORD = "benchmark-admin-password";

    private final ServerProcess server;
    private final Database database;
    private final long statsWaitMillis;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param statsWaitMillis how long to let the server's backends publish their counters (11 s for exact figures) */
    BreakdownBenchmark(ServerProcess server, Database database, long statsWaitMillis) {
        this.server = server;
        this.database = database;
        this.statsWaitMillis = statsWaitMillis;
    }

    /** @param rounds how many times each (partner, instant) is asked for (the 100 random partners: once each) */
    JsonObject run(List<String> largest, Map<String, Integer> sizes, List<String> random, Instant now, int rounds) throws Exception {
        Map<String, Instant> instants = new LinkedHashMap<>();
        instants.put("now", null);
        instants.put("past", now.minus(45, ChronoUnit.DAYS));
        instants.put("projection", now.plus(20, ChronoUnit.DAYS));
        String top = largest.get(0);
        for (int i = 0; i < 10; i++) {
            for (Instant at : instants.values()) {
                breakdown(top, at);
            }
        }
        JsonObject result = new JsonObject();
        JsonObject largestResult = new JsonObject().put("partner", top).put("clients", sizes.get(top));
        JsonObject topResult = new JsonObject().put("partners", largest.size())
                .put("clientsMin", sizes.get(largest.get(largest.size() - 1))).put("clientsMax", sizes.get(top));
        JsonObject randomResult = new JsonObject().put("partners", random.size());
        for (Map.Entry<String, Instant> instant : instants.entrySet()) {
            Latencies one = new Latencies();
            for (int r = 0; r < rounds * 5; r++) {
                one.add(breakdown(top, instant.getValue()));
            }
            largestResult.put(instant.getKey(), one.toJson());
            Latencies ten = new Latencies();
            for (int r = 0; r < rounds; r++) {
                for (String partner : largest) {
                    ten.add(breakdown(partner, instant.getValue()));
                }
            }
            topResult.put(instant.getKey(), ten.toJson());
            Latencies hundred = new Latencies();
            for (String partner : random) {
                hundred.add(breakdown(partner, instant.getValue()));
            }
            randomResult.put(instant.getKey(), hundred.toJson());
        }
        largestResult.put("buffersPerBreakdown", buffersPerBreakdown(top, null));
        largestResult.put("buffersPerBreakdownPast", buffersPerBreakdown(top, instants.get("past")));
        result.put("largest", largestResult).put("top10", topResult).put("random100", randomResult);
        result.put("pointsPage", pointsPage(top, rounds * 5));
        return result;
    }

    private long breakdown(String partner, Instant at) throws Exception {
        String path = "/api/v1/partners/" + partner + "/breakdown" + (at == null ? "" : "?at=" + at);
        HttpRequest request = HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return elapsed;
    }

    /**
     * Shared buffers touched (hit or read) by one breakdown at now, from the database's counters around 10 of them: a
     * measure of the work that the machine's load does not change, so factors can be compared by it (it also counts
     * whatever else runs on the benchmark database meanwhile, e.g. autovacuum).
     */
    private long buffersPerBreakdown(String partner, Instant at) throws Exception {
        long before = blocks();
        int n = 10;
        for (int i = 0; i < n; i++) {
            breakdown(partner, at);
        }
        return (blocks() - before) / n;
    }

    private long blocks() throws Exception {
        // an idle backend publishes its pending counters within 10 s (PostgreSQL 15's PGSTAT_IDLE_INTERVAL): wait them
        // out, so that the earlier requests' buffers are counted before the window and this window's inside it
        Thread.sleep(statsWaitMillis);
        try (Connection db = database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT blks_hit + blks_read FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Registers an admin of the partner over the API, signs in through the form (with its CSRF token), times the page. */
    private JsonObject pointsPage(String partner, int samples) throws Exception {
        String email = "bench-admin@" + partner + ".example";
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(server.uri("/api/v1/partners/" + partner + "/admins/" + email))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(new JsonObject().put("password", ADMIN_PASSWORD).encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT admin: " + registered.statusCode() + " " + registered.body());
        }
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = browser.send(HttpRequest.newBuilder(server.uri("/ui/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "email=" + enc(email) + "&password=" + enc(ADMIN_PASSWORD) + "&X-XSRF-TOKEN=" + enc(token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(server.uri("/ui/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("sign-in: " + signedIn.statusCode() + " " + signedIn.body());
        }
        HttpRequest page = HttpRequest.newBuilder(server.uri("/ui/points")).GET().build();
        for (int i = 0; i < 10; i++) {
            browser.send(page, HttpResponse.BodyHandlers.discarding());
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = browser.send(page, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            if (response.statusCode() != 200 || !response.body().contains("<html")) {
                throw new IllegalStateException("GET /ui/points: " + response.statusCode());
            }
        }
        return latencies.toJson().put("partner", partner);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
