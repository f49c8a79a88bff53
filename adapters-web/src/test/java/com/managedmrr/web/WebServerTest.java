package com.managedmrr.web;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.web.api.ApiRouter;
import com.managedmrr.web.api.ApiRoutes;
import com.managedmrr.web.api.ProblemException;
import com.managedmrr.web.api.Problems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The web server's plumbing on port 0: operations endpoints, the API's token, limits and problem+json. */
class WebServerTest {

    private static final String TOKEN = "web-server-test-token-0123";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final AtomicReference<Supplier<CompletionStage<Void>>> databaseCheck =
            new AtomicReference<>(() -> CompletableFuture.completedFuture(null));
    private final CountDownLatch slowRequestArrived = new CountDownLatch(1);
    private Vertx vertx;
    private WebServer server;
    private String deployment;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        ApiRoutes testRoutes = api -> {
            api.get("/boom").handler(ctx -> {
                throw new IllegalStateException("secret internals");
            });
            api.get("/conflict").handler(ctx -> ctx.fail(new ProblemException(409, "already there")));
            api.post("/echo").handler(ctx -> ctx.json(ctx.body().asJsonObject()));
            api.get("/large").handler(ctx -> ctx.json(largeJson()));
            api.post("/validate").handler(ctx -> Problems.badRequest(ctx, "the body has errors",
                    List.of(new DomainException.FieldError("name", "must not be blank"))));
            api.get("/slow").handler(ctx -> {
                slowRequestArrived.countDown();
                vertx.setTimer(700, id -> ctx.response().end("finished"));
            });
        };
        server = new WebServer(new WebServer.Settings(0, () -> databaseCheck.get().get(),
                ctx -> ctx.response().putHeader("Content-Type", "text/plain").end("# metrics\n"),
                new ApiRouter(TOKEN, List.of(testRoutes)), Duration.ofSeconds(5)));
        deployment = vertx.deployVerticle(server).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void health_isAlways200() throws Exception {
        HttpResponse<String> response = send(get("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void theDatabaseAnswers_ready_is200() throws Exception {
        assertThat(send(get("/ready")).statusCode()).isEqualTo(200);
    }

    @Test
    void theDatabaseFails_ready_is503() throws Exception {
        databaseCheck.set(() -> CompletableFuture.failedFuture(new RuntimeException("connection refused")));

        HttpResponse<String> response = send(get("/ready"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("connection refused");
    }

    @Test
    void theDatabaseHangs_ready_is503WithinTheTimeout() throws Exception {
        databaseCheck.set(CompletableFuture::new);

        HttpResponse<String> response = send(get("/ready"));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void theDatabaseCheckThrows_ready_is503() throws Exception {
        databaseCheck.set(() -> {
            throw new IllegalStateException("pool closed");
        });

        assertThat(send(get("/ready")).statusCode()).isEqualTo(503);
    }

    @Test
    void metrics_isServedByTheGivenHandlerWithoutAToken() throws Exception {
        HttpResponse<String> response = send(get("/metrics"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("# metrics");
    }

    @Test
    void noAuthorization_anApiCall_is401ProblemJson() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/conflict"));

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"managed-mrr\"");
    }

    @Test
    void aLowerCaseBearerScheme_anApiCall_isAccepted() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/conflict").header("Authorization", "bearer " + TOKEN));

        assertProblem(response, 409);
    }

    @Test
    void anUnknownPath_anApiCall_is404ProblemJson() throws Exception {
        assertProblem(send(authorized(get("/api/v1/nowhere"))), 404);
    }

    @Test
    void aHandlerThatThrows_anApiCall_is500ProblemJsonWithoutDetails() throws Exception {
        HttpResponse<String> response = send(authorized(get("/api/v1/boom")));

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
    }

    @Test
    void aProblemException_anApiCall_getsThatProblem() throws Exception {
        HttpResponse<String> response = send(authorized(get("/api/v1/conflict")));

        assertProblem(response, 409);
        assertThat(new JsonObject(response.body()).getString("detail")).isEqualTo("already there");
    }

    @Test
    void malformedJson_anApiCall_is400ProblemJson() throws Exception {
        assertProblem(send(authorized(post("/api/v1/echo", "{not json"))), 400);
    }

    @Test
    void validJson_anApiCall_readsTheBody() throws Exception {
        HttpResponse<String> response = send(authorized(post("/api/v1/echo", "{\"a\":1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getInteger("a")).isEqualTo(1);
    }

    @Test
    void fieldErrors_a400_listsThem() throws Exception {
        HttpResponse<String> response = send(authorized(post("/api/v1/validate", "{}")));

        assertProblem(response, 400);
        JsonObject error = new JsonObject(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("name");
        assertThat(error.getString("message")).isEqualTo("must not be blank");
    }

    @Test
    void aBodyOver1MiB_anApiCall_is413ProblemJson() throws Exception {
        String body = "\"" + "x".repeat((int) ApiRouter.BODY_LIMIT_BYTES) + "\"";

        assertProblem(send(authorized(post("/api/v1/echo", body))), 413);
    }

    @Test
    void aBodyJustUnder1MiB_anApiCall_readsIt() throws Exception {
        String body = "{\"x\":\"" + "x".repeat((int) ApiRouter.BODY_LIMIT_BYTES - 10) + "\"}";

        assertThat(send(authorized(post("/api/v1/echo", body))).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestInFlight_undeploying_letsItFinishAndThenRefusesNewConnections() throws Exception {
        int port = server.actualPort();
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(
                authorized(get("/api/v1/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(slowRequestArrived.await(5, TimeUnit.SECONDS)).isTrue();

        Future<Void> undeployed = vertx.undeploy(deployment);

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        undeployed.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return "answered";
            } catch (Exception e) {
                return "refused";
            }
        }).get(10, TimeUnit.SECONDS)).isEqualTo("refused");
    }

    @Test
    void aLargeJsonAnswer_isSentGzipped_toAClientThatAcceptsIt_andReadsTheSameUnzipped() throws Exception {
        HttpResponse<byte[]> plain = HTTP.send(authorized(get("/api/v1/large")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = HTTP.send(authorized(get("/api/v1/large")).header("Accept-Encoding", "br, gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
        assertThat(zipped.body().length).isLessThan(plain.body().length / 5);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(new JsonArray(Buffer.buffer(plain.body()))).isEqualTo(largeJson());
    }

    @Test
    void anAnswerBelowTheThreshold_isSentAsItIs_evenToAClientThatAcceptsGzip() throws Exception {
        HttpResponse<String> health = send(get("/health").header("Accept-Encoding", "gzip"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().length()).isLessThan(WebServer.COMPRESSION_THRESHOLD_BYTES);
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new JsonObject(health.body()).getString("status")).isEqualTo("UP");
    }

    private static JsonArray largeJson() {
        JsonArray rows = new JsonArray();
        for (int i = 0; i < 400; i++) {
            rows.add(new JsonObject().put("hubId", 7_100_000 + i).put("name", "Client " + i).put("points", "12.50"));
        }
        return rows;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.actualPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.fieldNames()).contains("type", "title", "status", "detail");
        assertThat(problem.getInteger("status")).isEqualTo(status);
    }

}
