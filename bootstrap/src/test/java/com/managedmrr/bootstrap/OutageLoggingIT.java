package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database down, a request's 503 carries its id in the answer, the problem and every log line written
 * while serving it (after the asynchronous hops to the pool and back); the server logs the database lost, then
 * regained. Runs on its own embedded PostgreSQL.
 */
class OutageLoggingIT {

    private static final String TOKEN = "outage-logging-token-0123456789";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path folder;

    @Test
    void theDatabaseDown_a503CarriesItsRequestIdInTheAnswerAndItsLogLines_andLossAndReturnAreLogged()
            throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"));
        int databasePort = database.url().port();
        ManagedMrrServer server = null;
        try (LogCapture log = new LogCapture()) {
            server = new ManagedMrrServer(new Config(0, Optional.of(database.url()), TOKEN, false),
                    folder.resolve("unused")).start();
            assertThat(log.lines()).anySatisfy(line -> assertThat(line.getString("message"))
                    .startsWith("database managed_mrr migrated"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line.getString("message")).startsWith("started"));

            database.close();
            database = null;

            HttpResponse<String> refused = awaitStatus(server.port(), 503);
            String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(new JsonObject(refused.body()).getString("instance")).isEqualTo("urn:request:" + id);
            List<JsonObject> served = awaitLines(log, line -> id.equals(line.getString("requestId")), 2);
            assertThat(served).anySatisfy(line -> {
                assertThat(line.getString("logger_name")).endsWith("ApiFailureHandler");
                assertThat(line.getString("level")).isEqualTo("WARN");
                assertThat(line.getString("message")).contains("GET");
            });
            assertThat(served).anySatisfy(line -> {
                assertThat(line.getString("logger_name")).isEqualTo("com.managedmrr.access");
                assertThat(line.getInteger("status")).isEqualTo(503);
                assertThat(line.getString("route")).isEqualTo("/api/v1/clients/:hubId");
            });
            awaitLines(log, line -> line.getString("message").startsWith("database lost"), 1);

            database = EmbeddedDatabase.start(folder.resolve("postgres"), databasePort);

            JsonObject regained = awaitLines(log, line -> line.getString("message").startsWith("database regained"),
                    1).get(0);
            assertThat(regained.getString("level")).isEqualTo("INFO");
        } finally {
            if (server != null) {
                server.stop();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    private static HttpResponse<String> awaitStatus(int port, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response;
        do {
            response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/clients/501")).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("still " + response.statusCode() + ": " + response.body());
    }

    private static List<JsonObject> awaitLines(LogCapture log, Predicate<JsonObject> wanted, int atLeast)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> lines = log.lines().stream().filter(wanted).toList();
            if (lines.size() >= atLeast) {
                return lines;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such log line in\n" + log.text());
    }
}
