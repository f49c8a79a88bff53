package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real server started as {@code main} starts it, from environment variables: named API tokens (each accepted, its
 * name the actor in the audit trail), the OpenAPI document without a token, the version in the banner, /health and
 * the build_info metric, the bind address, and the drain at shutdown.
 */
class ProductionReadinessIT {

    private static final String BILLING = "billing-token-0123456789abcdefghijklmnop";
    private static final String TELEMETRY = "telemetry-token-0123456789abcdefghijklmn";

    private static Path dataDirectory;
    private static ManagedMrrServer server;
    private static String banner;

    @BeforeAll
    static void start() throws IOException {
        dataDirectory = Files.createTempDirectory("managed-mrr-production");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Launch launch = Main.launch(Map.of(
                        "MRR_HTTP_HOST", "127.0.0.1",
                        "MRR_HTTP_PORT", "0",
                        "MRR_API_TOKENS", "billing=" + BILLING + ",telemetry=" + TELEMETRY,
                        "MRR_DATABASE_POOL_SIZE", "4",
                        "MRR_DRAIN", "3s"),
                dataDirectory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), s -> { });
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(launch.exitCode()).isZero();
        server = launch.server();
        banner = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theBanner_showsTheVersionTheBindAddressAndTheCallersButNoToken() {
        assertThat(banner).contains("managed-mrr " + BuildInfo.version() + " is ready on http://127.0.0.1:" + server.port())
                .contains("API callers: billing, telemetry")
                .doesNotContain(BILLING).doesNotContain(TELEMETRY);
    }

    @Test
    void health_andMetrics_showTheVersion() throws Exception {
        JsonObject health = new JsonObject(HttpCalls.get(server.port(), "/health").body());
        assertThat(health.getString("version")).isEqualTo(BuildInfo.version());

        String metrics = HttpCalls.get(server.port(), "/metrics").body();
        assertThat(metrics).contains("build_info{version=\"" + BuildInfo.version() + "\"} 1");
    }

    @Test
    void everyMetricTheOperationsGuideSaysToWatch_isServed() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "operations.md"));
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("`((?:vertx|jvm|process|system)_[a-z0-9_]+|build_info)")
                .matcher(guide);
        HttpCalls.get(server.port(), "/ready");
        String metrics = HttpCalls.get(server.port(), "/metrics").body();
        int count = 0;
        while (names.find()) {
            count++;
            assertThat(metrics).as("docs/operations.md names " + names.group(1)).contains(names.group(1));
        }
        assertThat(count).isGreaterThan(5);
    }

    @Test
    void everyNamedToken_isAccepted_andItsNameIsTheActorInTheAuditTrail() throws Exception {
        call(BILLING, "PUT", "/api/v1/partners/acme", "{\"name\":\"Acme\",\"emailDomains\":[\"acme.example\"]}", 201);
        call(TELEMETRY, "PUT", "/api/v1/partners/acme/users/ann@acme.example",
                "{\"name\":\"Ann\",\"kind\":\"EMPLOYEE\"}", 201);
        assertThat(HttpCalls.send(server.port(), "GET", "/api/v1/partners/acme", "not-a-token-0123456789abcdefghij",
                null).statusCode()).isEqualTo(401);

        JsonObject trail = new JsonObject(call(BILLING, "GET", "/api/v1/partners/acme/audit", null, 200).body());

        assertThat(trail.getJsonArray("entries").stream()
                .map(entry -> ((JsonObject) entry).getJsonObject("actor").getString("name")).toList())
                .containsExactly("telemetry", "billing");
    }

    @Test
    void theOpenApiDocument_isServedWithoutAToken() throws Exception {
        HttpResponse<String> response = HttpCalls.get(server.port(), "/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getString("openapi")).startsWith("3.1");
        assertThat(HttpCalls.get(server.port(), "/api/v1/partners/acme").statusCode()).isEqualTo(401);
    }

    @Test
    void aDrainPeriod_stopping_turnsReady503AtOnceKeepsServingThenStops() throws Exception {
        // a server of its own, so the other tests keep theirs
        Path data = Files.createTempDirectory("managed-mrr-drain");
        ManagedMrrServer draining = new ManagedMrrServer(
                new Config(0, java.util.Optional.empty(), BILLING, false).withDrain(java.time.Duration.ofSeconds(3)), data)
                .start();
        int port = draining.port();
        assertThat(HttpCalls.get(port, "/ready").statusCode()).isEqualTo(200);

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(draining::stop);
        awaitReady503(port);

        // still serving while a load balancer takes it out: health, and the API
        assertThat(HttpCalls.get(port, "/health").statusCode()).isEqualTo(200);
        assertThat(HttpCalls.send(port, "GET", "/api/v1/partners/nobody", BILLING, null).statusCode()).isEqualTo(404);
        assertThat(HttpCalls.get(port, "/ready").body()).contains("the server is shutting down");
        assertThat(stopped).isNotDone();

        assertThat(stopped.get(60, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> HttpCalls.get(port, "/health")).isInstanceOf(ConnectException.class);
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void awaitReady503(int port) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (HttpCalls.get(port, "/ready").statusCode() == 503) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("/ready did not turn 503 once stopping began");
    }

    private static HttpResponse<String> call(String token, String method, String path, String json, int status)
            throws Exception {
        HttpResponse<String> response = HttpCalls.send(server.port(), method, path, token, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response;
    }
}
