package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The real application, on port 0, with the embedded database in a temporary data folder. */
class ServerEndToEndIT {

    private static final String TOKEN = "end-to-end-token-0123456789";

    @TempDir
    Path dataDirectory;

    private ManagedMrrServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRunningServer_operationsEndpoints_answerWithoutAToken() throws Exception {
        server = start();

        HttpResponse<String> health = HttpCalls.get(server.port(), "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(health.body()).getString("status")).isEqualTo("UP");

        HttpResponse<String> ready = HttpCalls.get(server.port(), "/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(ready.body()).getString("outcome")).isEqualTo("UP");

        HttpResponse<String> metrics = HttpCalls.get(server.port(), "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE ").contains("vertx_http_server");
    }

    @Test
    void noToken_anApiCall_isRefusedWith401ProblemJson() throws Exception {
        server = start();

        HttpResponse<String> response = HttpCalls.get(server.port(), "/api/v1/anything");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void aWrongToken_anApiCall_isRefusedWith401ProblemJson() throws Exception {
        server = start();

        assertProblem(HttpCalls.get(server.port(), "/api/v1/anything", "Bearer " + TOKEN + "x"), 401);
        assertProblem(HttpCalls.get(server.port(), "/api/v1/anything", "Basic " + TOKEN), 401);
    }

    @Test
    void theRightToken_anUnknownApiPath_is404ProblemJson() throws Exception {
        server = start();

        HttpResponse<String> response = HttpCalls.get(server.port(), "/api/v1/anything", "Bearer " + TOKEN);

        assertProblem(response, 404);
        assertThat(new JsonObject(response.body()).getString("detail")).contains("/api/v1/anything");
    }

    @Test
    void dataWrittenThroughTheApi_afterARestartOnTheSameDataFolder_itIsStillThere() throws Exception {
        server = start();
        HttpResponse<String> created = HttpCalls.send(server.port(), "PUT", "/api/v1/partners/acme", TOKEN,
                "{\"name\":\"Acme Agency\",\"emailDomains\":[\"acme.example\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        server.stop();
        server = null;

        server = start();

        assertThat(HttpCalls.get(server.port(), "/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> read = HttpCalls.get(server.port(), "/api/v1/partners/acme", "Bearer " + TOKEN);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(read.body()).getString("name")).isEqualTo("Acme Agency");
        assertThat(dataDirectory.resolve("postgres").resolve("PG_VERSION")).exists();
    }

    @Test
    void aRunningServer_theBanner_showsTheUrlAndTheEmbeddedFolderButNotAChosenToken() throws Exception {
        server = start();

        assertThat(server.banner()).hasSize(3);
        assertThat(server.banner().get(0)).contains("http://localhost:" + server.port());
        assertThat(server.banner().get(1)).contains("embedded PostgreSQL").contains(dataDirectory.toString());
        assertThat(server.banner().get(2)).isEqualTo("  API callers: default");
        assertThat(String.join("\n", server.banner())).doesNotContain(TOKEN);
    }

    private ManagedMrrServer start() throws StartupException {
        Config config = new Config(0, Optional.empty(), TOKEN, false);
        return new ManagedMrrServer(config, dataDirectory).start();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
