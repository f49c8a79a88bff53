package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.application.activity.ListClientActivitiesUseCase;
import com.managedmrr.application.activity.RecordActivitiesResult;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import com.managedmrr.domain.store.StoreUnavailableException;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.WebServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that hold under abuse, over HTTP: the request time limit (a deliberately slow use case gets a 503, and its
 * late answer is dropped), a store that cannot serve (503 + Retry-After), body size (413), batch size (422),
 * header and request-line size (431 / 414), undecodable paths and queries (400); the hardening headers on every API
 * answer; and the API taking bearer tokens only.
 */
class ApiLimitsUnderAbuseTest {

    private static final String TOKEN = "limits-test-token-3e8d1";
    private static final Duration TIME_LIMIT = Duration.ofMillis(400);
    private static final long SLOW_WORK_MILLIS = 1_200;
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static Vertx vertx;
    private static WebClient client;
    private static String deployment;
    private static int port;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        InMemoryStore store = new InMemoryStore();
        MutableClock clock = new MutableClock(NOW);
        // the activity routes over stubs (mounted first, so they win); every other route over the real services
        RecordActivitiesUseCase slow = command -> {
            CompletableFuture<RecordActivitiesResult> later = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(SLOW_WORK_MILLIS, TimeUnit.MILLISECONDS)
                    .execute(() -> later.complete(new RecordActivitiesResult(command.items().size(), 0, List.of())));
            return later;
        };
        ListClientActivitiesUseCase unavailable = query -> CompletableFuture.failedFuture(
                new StoreUnavailableException("the database is unavailable: ConnectException", null));
        List<ApiRoutes> groups = new ArrayList<>();
        groups.add(new ActivityApiRoutes(slow, unavailable));
        groups.addAll(ApiRouteGroups.of(InMemoryUseCases.create(store, clock, new InMemoryAdminAccounts())));
        WebServer server = new WebServer(new WebServer.Settings(0, () -> CompletableFuture.completedFuture(null),
                ctx -> ctx.response().end(), new ApiRouter(TOKEN, groups, TIME_LIMIT), Duration.ofSeconds(1)));
        deployment = vertx.deployVerticle(server).await();
        port = server.actualPort();
        client = WebClient.create(vertx);
    }

    @AfterAll
    static void stop() {
        client.close();
        vertx.undeploy(deployment).await();
        vertx.close().await();
    }

    @Test
    void aSlowUseCase_theRequest_gets503ProblemWithRetryAfter_inTime_andTheLateAnswerIsDropped() throws Exception {
        long started = System.nanoTime();
        HttpResponse<Buffer> response = send(HttpMethod.POST, "/activities", oneActivity(), r -> { });
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertProblem(response, 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(tookMillis).isLessThan(SLOW_WORK_MILLIS);
        Thread.sleep(SLOW_WORK_MILLIS); // the slow work completes now; its answer must go nowhere, harmlessly
        assertThat(send(HttpMethod.GET, "/qualifying-actions", null, r -> { }).statusCode()).isEqualTo(200);
    }

    @Test
    void theStoreIsUnavailable_theRequest_gets503ProblemWithRetryAfter() {
        HttpResponse<Buffer> response = send(HttpMethod.GET, "/clients/501/activities", null, r -> { });

        assertProblem(response, 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.bodyAsString()).doesNotContain("ConnectException");
    }

    @Test
    void aBodyOverTheLimit_gets413_andTheServerKeepsServing() {
        String huge = "{\"name\": \"" + "x".repeat((int) ApiRouter.BODY_LIMIT_BYTES) + "\"}";
        assertProblem(send(HttpMethod.PUT, "/partners/acme", huge, r -> { }), 413);
        assertThat(send(HttpMethod.GET, "/qualifying-actions", null, r -> { }).statusCode()).isEqualTo(200);
    }

    @Test
    void aBatchOverAThousandItems_isRefused() {
        JsonArray items = new JsonArray();
        for (int i = 0; i < 1001; i++) {
            items.add(new JsonObject().put("activityId", "a-" + i));
        }
        assertProblem(send(HttpMethod.POST, "/activities", new JsonObject().put("activities", items).encode(), r -> { }), 422);
    }

    @Test
    void headersOverTheLimit_get431_andARequestLineOverTheLimit_gets414() throws Exception {
        String bigHeader = rawStatusLine("GET " + ApiRouter.MOUNT_POINT + "/qualifying-actions HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "p".repeat(WebServer.MAX_HEADER_SIZE + 1) + "\r\n\r\n");
        assertThat(bigHeader).matches("HTTP/1\\.[01] 431 .*");

        String longLine = rawStatusLine("GET " + ApiRouter.MOUNT_POINT + "/partners/"
                + "p".repeat(WebServer.MAX_INITIAL_LINE_LENGTH + 1) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(longLine).matches("HTTP/1\\.[01] 414 .*");
        assertThat(send(HttpMethod.GET, "/qualifying-actions", null, r -> { }).statusCode()).isEqualTo(200);
    }

    /** Sends raw bytes (the HTTP client would refuse to) and reads the answer's status line. */
    private static String rawStatusLine(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String line = reader.readLine();
            return line == null ? "(closed without an answer)" : line;
        }
    }

    @Test
    void undecodablePercentEncoding_inPathOrQuery_gets400Problem() {
        assertProblem(send(HttpMethod.GET, "/partners/%zz", null, r -> { }), 400);
        assertProblem(send(HttpMethod.GET, "/partners/acme/breakdown?at=%zz", null, r -> { }), 400);
        // with a form content type the body handler would otherwise decode the query where nothing answers
        assertProblem(send(HttpMethod.PUT, "/partners/acme?%zz=1", "name=x",
                r -> r.putHeader("Content-Type", "application/x-www-form-urlencoded")), 400);
    }

    @Test
    void aFormPostOutsideTheApi_withAnUndecodableQuery_isAnswered400_notLeftHanging() {
        HttpResponse<Buffer> response = client.request(HttpMethod.POST, port, "localhost", "/ui/sign-in?%zz=1")
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .timeout(TIME_LIMIT.toMillis() * 5)
                .sendBuffer(Buffer.buffer("email=a&password=b")).await();
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void everyApiAnswer_carriesTheHardeningHeaders() {
        List<HttpResponse<Buffer>> answers = List.of(
                send(HttpMethod.GET, "/qualifying-actions", null, r -> { }),
                send(HttpMethod.GET, "/no-such-thing", null, r -> { }),
                send(HttpMethod.GET, "/clients/501/activities", null, r -> { }),
                send(HttpMethod.GET, "/partners/%zz", null, r -> { }),
                send(HttpMethod.GET, "/qualifying-actions", null, r -> r.headers().remove("Authorization")));
        for (HttpResponse<Buffer> answer : answers) {
            String csp = answer.getHeader("Content-Security-Policy");
            assertThat(csp).as("%d", answer.statusCode()).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.getHeader("Referrer-Policy")).isNotBlank();
        }
    }

    @Test
    void aSessionCookieWithoutTheBearerToken_gets401() {
        HttpResponse<Buffer> response = send(HttpMethod.GET, "/qualifying-actions", null, r -> {
            r.headers().remove("Authorization");
            r.putHeader("Cookie", "mrr-session=0123456789abcdef0123456789abcdef");
        });
        assertProblem(response, 401);
    }

    @Test
    void theTokenCheck_comparesDigestsInConstantTime() throws Exception {
        String source = Files.readString(Path.of("src/main/java/com/managedmrr/web/api/BearerTokenHandler.java"),
                StandardCharsets.UTF_8);
        assertThat(source).contains("MessageDigest.isEqual(").doesNotContain(".equals(presented)");
    }

    private static String oneActivity() {
        return new JsonObject().put("activities", new JsonArray().add(Given.activityJson("slow-1", 501,
                "ann@acme.example", "BLOG", "PUBLISH", NOW.minusSeconds(60)))).encode();
    }

    private static HttpResponse<Buffer> send(HttpMethod method, String path, String body, Consumer<HttpRequest<Buffer>> tweak) {
        HttpRequest<Buffer> request = client.request(method, port, "localhost", ApiRouter.MOUNT_POINT + path)
                .putHeader("Authorization", "Bearer " + TOKEN);
        if (body != null) {
            request.putHeader("Content-Type", "application/json");
        }
        tweak.accept(request);
        return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body))).await();
    }

    private static void assertProblem(HttpResponse<Buffer> response, int status) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).startsWith(Problems.CONTENT_TYPE);
        JsonObject problem = response.bodyAsJsonObject();
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(response.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
