package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server tells what it does: request ids in answers, problems and log lines; one access log line per
 * request without raw paths or secrets; latency histograms and business counters on {@code /metrics}, here served on
 * its own port; a wrong method on a known path answered 405 with {@code Allow}.
 */
class ObservabilityIT {

    private static final String TOKEN = "observability-test-token-0123456789";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Path dataDirectory;
    private static ManagedMrrServer server;
    private static LogCapture log;

    @BeforeAll
    static void start() throws Exception {
        log = new LogCapture();
        dataDirectory = Files.createTempDirectory("managed-mrr-obs");
        server = new ManagedMrrServer(new Config(0, Optional.empty(), TOKEN, false), dataDirectory, false,
                new ObservabilitySettings("json", "INFO", OptionalInt.of(0))).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (log != null) {
            log.close();
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aRefusedRequest_carriesItsIdInTheAnswerTheProblemAndTheAccessLogLine() throws Exception {
        HttpResponse<String> response = call("DELETE", "/api/v1/partners/nobody/users/jane%40secret.example",
                "client-id-4xx.1", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-id-4xx.1");
        assertThat(new JsonObject(response.body()).getString("instance")).isEqualTo("urn:request:client-id-4xx.1");
        JsonObject line = awaitAccessLine("client-id-4xx.1");
        assertThat(line.getString("method")).isEqualTo("DELETE");
        assertThat(line.getString("route")).isEqualTo("/api/v1/partners/:partnerId/users/:email");
        assertThat(line.getInteger("status")).isEqualTo(404);
        assertThat(line.getString("caller")).isEqualTo("default");
        assertThat(line.getLong("durationMs")).isNotNull();
        assertThat(line.getLong("bytes")).isPositive();
        assertThat(log.text()).doesNotContain("secret.example").doesNotContain(TOKEN);
    }

    @Test
    void aMalformedIncomingId_isReplacedByOneTheServerMakes() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/partners/nobody", "not an id!", null);

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo("not an id!").matches("[0-9a-f-]{36}");
        assertThat(new JsonObject(response.body()).getString("instance")).isEqualTo("urn:request:" + id);
        assertThat(awaitAccessLine(id).getString("route")).isEqualTo("/api/v1/partners/:partnerId");
    }

    @Test
    void aWrongMethodOnAKnownPath_is405ProblemWithAllow() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/partners/acme", null, "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, PUT");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getInteger("status")).isEqualTo(405);
        assertThat(problem.getString("title")).isEqualTo("Method Not Allowed");
        assertThat(call("POST", "/api/v1/no-such-thing", null, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void metrics_showLatencyHistogramsByRouteAndStatusClass_andTheBusinessCounters() throws Exception {
        String hubId = "7" + (System.nanoTime() % 100_000);
        call("PUT", "/api/v1/partners/acme", null, "{\"name\":\"Acme\",\"emailDomains\":[\"acme.example\"]}");
        call("PUT", "/api/v1/partners/acme/users/ann@acme.example", null, "{\"name\":\"Ann\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/api/v1/clients/" + hubId, null,
                "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":\"1000.00\",\"growthMarket\":false}");
        assertThat(call("POST", "/api/v1/partners/acme/clients/" + hubId + "/employees", null,
                "{\"emails\":[\"ann@acme.example\"]}").statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/v1/partners/acme/clients/" + hubId + "/staff/ann%40acme.example", null, null)
                .statusCode()).isEqualTo(204);
        String now = Instant.now().toString();
        JsonArray items = new JsonArray()
                .add(activity("obs-1", hubId, now))
                .add(activity("obs-1", hubId, now))
                .add(activity("obs-1", hubId, Instant.now().minus(Duration.ofHours(1)).toString()))
                .add(activity("obs-2", hubId, Instant.now().plus(Duration.ofHours(1)).toString()))
                .add(activity("obs-3", "999999", now))
                .add(new JsonObject().put("activityId", 42));
        HttpResponse<String> batch = call("POST", "/api/v1/activities", null,
                new JsonObject().put("activities", items).encode());
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        HttpResponse<String> signIn = signInToTheUi(server.port());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(401);

        String metrics = get(server.metricsPort(), "/metrics").body();

        assertThat(value(metrics, "mrr_http_server_requests_seconds_bucket{method=\"PUT\","
                + "route=\"/api/v1/partners/:partnerId\",status=\"2xx\",le=\"30.0\"}")).isEqualTo(1.0);
        assertThat(metrics).contains("mrr_http_server_requests_seconds_bucket{method=\"DELETE\","
                + "route=\"/api/v1/partners/:partnerId/clients/:hubId/staff/:email\",status=\"2xx\",le=\"0.005\"}");
        assertThat(value(metrics, "mrr_activities_accepted_total")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_activities_duplicate_total")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_activities_conflict_total")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_activities_rejected_total{reason=\"too_far_ahead\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_activities_rejected_total{reason=\"unknown_client_account\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_activities_rejected_total{reason=\"malformed\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_commands_total{kind=\"employees_added\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_commands_total{kind=\"client_upserted\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_commands_total{kind=\"staff_removed\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_relationships_ended_total{reason=\"users_removed_from_client\"}"))
                .isEqualTo(1.0);
        assertThat(value(metrics, "mrr_sign_ins_total{outcome=\"failed\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "mrr_sign_ins_total{outcome=\"succeeded\"}")).isEqualTo(0.0);
        assertThat(value(metrics, "mrr_sign_ins_total{outcome=\"throttled\"}")).isEqualTo(0.0);
        assertThat(value(metrics, "vertx_pool_in_use{pool_name=\"managed-mrr\",pool_type=\"sql\"}")).isNotNegative();
        assertThat(get(server.port(), "/metrics").statusCode()).as("not on the public port").isEqualTo(404);
        assertThat(log.lines()).anySatisfy(line -> assertThat(line.getString("message"))
                .startsWith("sign-in refused").contains("account sha256:").doesNotContain("@"));
        assertThat(log.text()).doesNotContain("a-long-enough-password");
    }

    private static JsonObject activity(String id, String hubId, String at) {
        return new JsonObject().put("activityId", id).put("hubId", Long.parseLong(hubId))
                .put("userEmail", "ann@acme.example").put("tool", "crm").put("action", "login")
                .put("assetId", "a-1").put("occurredAt", at);
    }

    /** The value of one sample line ({@code name{labels} value}). */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("%s in%n%s", sample, metrics).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static JsonObject awaitAccessLine(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonObject> line = log.lines().stream()
                    .filter(l -> "com.managedmrr.access".equals(l.getString("logger_name")))
                    .filter(l -> requestId.equals(l.getString("requestId")))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access log line with request id " + requestId + " in\n" + log.text());
    }

    private static HttpResponse<String> call(String method, String path, String requestId, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The admin UI's sign-in as a browser makes it (cookies, CSRF token from the page), for an unknown account. */
    static HttpResponse<String> signInToTheUi(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ui/sign-in"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ui/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "email=admin%40acme.example&password=a-long-enough-password"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<JsonObject> lines() {
        return log.lines();
    }
}
