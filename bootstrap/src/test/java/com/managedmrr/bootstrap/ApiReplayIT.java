package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.managedmrr.domain.port.ClockPort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API answers a fixed sequence of calls exactly as recorded: status, content type, location and body, byte
 * for byte. The server runs on its embedded PostgreSQL with a clock that moves one second per call from a fixed
 * instant, so every answer is reproducible. The sequence plays every command of the rule book (access, seats,
 * activities dated ahead and re-judged, catalogue and point-rate changes, removals and ends), the reads after each,
 * and requests that are refused.
 *
 * <p>The recording is {@code src/test/resources/api-replay/recorded.txt}. To record it anew after an intended change
 * of the API's answers: {@code mvn -pl bootstrap test -Dtest=ApiReplayIT -Dmrr.replay.record=true}, and review the
 * diff like code.
 */
class ApiReplayIT {

    private static final String TOKEN = "api-replay-token-0123456789";
    private static final Path RECORDING = Path.of("src/test/resources/api-replay/recorded.txt");
    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final AtomicReference<Instant> NOW = new AtomicReference<>(START);
    private static Path dataDirectory;
    private static ManagedMrrServer server;

    private final List<String> transcript = new ArrayList<>();
    private int step;

    @BeforeAll
    static void start() throws Exception {
        dataDirectory = Files.createTempDirectory("managed-mrr-replay");
        ClockPort clock = NOW::get;
        server = new ManagedMrrServer(new Config(0, Optional.empty(), TOKEN, false), dataDirectory)
                .withClock(clock).start();
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
    void theRecordedSequence_isAnsweredByteForByte() throws Exception {
        play();
        String actual = String.join("\n", transcript) + "\n";
        if (Boolean.getBoolean("mrr.replay.record")) {
            Files.createDirectories(RECORDING.getParent());
            Files.writeString(RECORDING, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(RECORDING).as("the recording; make it with -Dmrr.replay.record=true").exists();
        String expected = Files.readString(RECORDING, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path written = Path.of("target/api-replay-actual.txt");
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            fail("The API answered differently from the recording at:\n" + firstDifference(expected, actual)
                    + "\n(whole answer in " + written.toAbsolutePath() + ")");
        }
    }

    private void play() throws Exception {
        // partners, users, clients
        call("PUT", "/partners/acme", "{\"name\":\"Acme Agency\",\"emailDomains\":[\"acme.example\"]}");
        call("PUT", "/partners/bravo", "{\"name\":\"Bravo Digital\",\"emailDomains\":[\"bravo.example\",\"freelance.example\"]}");
        call("PUT", "/partners/acme", "{\"name\":\"Acme Agency Ltd\",\"emailDomains\":[\"acme.example\"]}");
        call("GET", "/partners/acme", null);
        call("PUT", "/partners/acme/users/ann@acme.example", "{\"name\":\"Ann Lee\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/partners/acme/users/ben@acme.example", "{\"name\":\"Ben Ode\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/partners/acme/users/max@freelance.example", "{\"name\":\"Max Roe\",\"kind\":\"CONTRACTOR\"}");
        call("PUT", "/partners/bravo/users/max@freelance.example", "{\"name\":\"Max Roe\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/partners/bravo/users/bob@bravo.example", "{\"name\":\"Bob Tan\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/partners/acme/users/ann@acme.example", "{\"name\":\"Ann Lee-Smith\",\"kind\":\"EMPLOYEE\"}");
        call("GET", "/partners/acme/users", null);
        call("PUT", "/clients/501", "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":\"1000.00\",\"growthMarket\":false}");
        call("PUT", "/clients/502", "{\"name\":\"Initech\",\"currency\":\"JPY\",\"mrr\":\"10001\",\"growthMarket\":true}");
        call("PUT", "/clients/503", "{\"name\":\"Umbrella\",\"currency\":\"EUR\",\"mrr\":\"880.00\",\"growthMarket\":false}");
        call("GET", "/clients/501", null);

        // seats and access
        call("PUT", "/clients/501/users/max@freelance.example", "{\"status\":\"ACTIVE\"}");
        call("PUT", "/clients/502/users/max@freelance.example", "{\"status\":\"ACTIVE\"}");
        call("POST", "/partners/acme/clients/501/employees", "{\"emails\":[\"ann@acme.example\",\"ben@acme.example\"]}");
        call("POST", "/partners/acme/clients/501/employees", "{\"emails\":[\"ann@acme.example\"]}");
        call("POST", "/partners/acme/clients/501/employees", "{\"emails\":[\"max@freelance.example\",\"zed@acme.example\"]}");
        call("POST", "/partners/bravo/clients/501/employees", "{\"emails\":[\"bob@bravo.example\"]}");
        call("POST", "/partners/acme/contractors/max@freelance.example/clients", "{\"hubId\":501}");
        call("POST", "/partners/acme/contractors/max@freelance.example/clients", "{\"hubId\":503}");
        call("POST", "/partners/acme/contractors/max@freelance.example/clients", "{\"hubId\":502}");
        call("POST", "/partners/acme/clients/503/employees", "{\"emails\":[\"ann@acme.example\"]}");
        call("GET", "/clients/501", null);

        // activities: past, ahead of the clock, duplicates, conflicts, refusals
        tick(Duration.ofMinutes(10));
        call("POST", "/activities", activities(
                activity("a-1", 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.get().minusSeconds(600), "post-1"),
                activity("a-2", 501, "bob@bravo.example", "CRM", "CREATE_DEAL", NOW.get().minusSeconds(300), null),
                activity("a-3", 502, "max@freelance.example", "BLOG", "PUBLISH", NOW.get().minusSeconds(200), "post-2"),
                activity("a-4", 501, "ann@acme.example", "CRM", "LOGIN", NOW.get().minusSeconds(100), null),
                activity("a-5", 999, "ann@acme.example", "BLOG", "PUBLISH", NOW.get().minusSeconds(100), null),
                activity("a-6", 503, "ann@acme.example", "EMAIL", "SEND", NOW.get().plusSeconds(120), null),
                activity("a-7", 501, "max@freelance.example", "BLOG", "PUBLISH", NOW.get().plusSeconds(90), "post-3"),
                activity("a-8", 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.get().plusSeconds(600), null)));
        call("POST", "/activities", activities(
                activity("a-1", 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.get().minusSeconds(601), "post-1"),
                activity("a-2", 501, "bob@bravo.example", "CRM", "CREATE_DEAL", NOW.get().minusSeconds(301), null)));
        call("GET", "/clients/501/activities", null);
        call("GET", "/clients/501/activities?limit=2", null);
        call("GET", "/partners/acme/breakdown", null);
        call("GET", "/partners/bravo/breakdown", null);
        call("GET", "/partners/acme/clients/501/explanation", null);
        call("GET", "/partners/acme/clients/503/explanation", null);

        // changes while activities are pending ahead of the clock: each re-judges them
        call("PUT", "/qualifying-actions/EMAIL", "{\"actions\":[\"SEND\"]}");
        call("GET", "/qualifying-actions", null);
        call("DELETE", "/partners/acme/clients/501/assignments/max@freelance.example", null);
        call("PUT", "/clients/501/users/ann@acme.example", "{\"status\":\"DEACTIVATED\"}");
        call("POST", "/partners/acme/clients/501/staff/ann@acme.example/reactivation", null);
        call("PUT", "/clients/501/users/ann@acme.example", "{\"status\":\"DEACTIVATED\"}");
        call("POST", "/partners/acme/clients/501/staff/ann@acme.example/reactivation", null);
        call("POST", "/partners/acme/clients/501/staff/bob@bravo.example/reactivation", null);
        call("PUT", "/partners/acme/users/cal@acme.example", "{\"name\":\"Cal Ng\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/clients/501/users/cal@acme.example", "{\"status\":\"ACTIVE\"}");
        call("PUT", "/partners/bravo/users/cal@acme.example", "{\"name\":\"Cal Ng\",\"kind\":\"CONTRACTOR\"}");
        call("GET", "/clients/501/activities", null);
        call("GET", "/partners/acme/breakdown?at=" + NOW.get().plusSeconds(700), null);

        // removals and immediate ends
        call("GET", "/partners/acme/clients/503/staff/ann@acme.example/removal", null);
        call("DELETE", "/partners/acme/clients/503/staff/ann@acme.example", null);
        call("GET", "/partners/acme/clients/501/staff/ben@acme.example/removal", null);
        call("DELETE", "/partners/acme/clients/501/staff/ben@acme.example", null);
        call("DELETE", "/clients/502/users/max@freelance.example", null);
        call("DELETE", "/partners/bravo/users/bob@bravo.example", null);
        call("DELETE", "/partners/bravo/users/bob@bravo.example", null);
        call("PUT", "/clients/501", "{\"name\":\"Globex Corp\",\"currency\":\"EUR\",\"mrr\":\"900.00\",\"growthMarket\":true}");
        call("PUT", "/point-rates/EUR", "{\"unit\":\"50\"}");
        call("GET", "/point-rates", null);
        tick(Duration.ofMinutes(15));
        call("GET", "/partners/acme/breakdown", null);
        call("GET", "/partners/acme/breakdown?at=" + NOW.get().plus(Duration.ofDays(61)), null);
        call("GET", "/partners/acme/breakdown?at=" + START, null);
        call("GET", "/partners/bravo/breakdown", null);
        call("GET", "/partners/acme/clients/501/explanation", null);
        call("GET", "/partners/acme/clients/502/explanation", null);
        call("GET", "/partners/acme/clients/503/explanation", null);
        call("GET", "/partners/bravo/clients/501/explanation", null);
        call("GET", "/partners/acme/clients/501/explanation?at=" + NOW.get().plus(Duration.ofDays(61)), null);

        // listings and the audit trail
        call("GET", "/partners", null);
        call("GET", "/clients?q=glob", null);
        call("GET", "/partners/acme/clients", null);
        call("GET", "/partners/bravo/clients", null);
        call("GET", "/partners/acme/audit", null);
        call("GET", "/partners/bravo/audit", null);
        call("GET", "/audit", null);

        // refusals and invalid requests
        call("GET", "/partners/nobody", null);
        call("GET", "/clients/404404", null);
        call("POST", "/partners/nobody/clients/501/employees", "{\"emails\":[\"ann@acme.example\"]}");
        call("POST", "/partners/acme/clients/404404/employees", "{\"emails\":[\"ann@acme.example\"]}");
        call("POST", "/partners/acme/contractors/ann@acme.example/clients", "{\"hubId\":501}");
        call("DELETE", "/partners/acme/clients/501/assignments/nobody@acme.example", null);
        call("POST", "/partners/acme/clients/502/staff/ann@acme.example/reactivation", null);
        call("PUT", "/clients/504", "{\"name\":\"Stark\",\"currency\":\"JPY\",\"mrr\":\"10.5\",\"growthMarket\":false}");
        call("PUT", "/clients/505", "{\"name\":\"Wayne\",\"currency\":\"usd\",\"mrr\":\"10.00\",\"growthMarket\":false}");
        call("PUT", "/partners/acme/users/bad", "{\"name\":\"Bad\",\"kind\":\"EMPLOYEE\"}");
        call("PUT", "/qualifying-actions/CRM", "{\"actions\":[\"LOGIN\"]}");
        call("POST", "/activities", activities(
                activity("a-9", 501, "ann@acme.example", "BLOG", "PUBLISH", NOW.get().plusSeconds(301), null)));
    }

    private void tick(Duration duration) {
        NOW.set(NOW.get().plus(duration));
    }

    private void call(String method, String path, String json) throws IOException, InterruptedException {
        tick(Duration.ofSeconds(1));
        step++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Request-Id", "replay-" + step)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        transcript.add("### " + step + " " + method + " " + path);
        if (json != null) {
            transcript.add("> " + json);
        }
        transcript.add("< " + response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("-")
                + response.headers().firstValue("Location").map(location -> " Location: " + location).orElse(""));
        transcript.add(response.body());
    }

    private static String activities(String... items) {
        return "{\"activities\":[" + String.join(",", items) + "]}";
    }

    private static String activity(String id, long hubId, String email, String tool, String action, Instant at,
                                   String assetId) {
        return "{\"activityId\":\"" + id + "\",\"hubId\":" + hubId + ",\"userEmail\":\"" + email + "\",\"tool\":\""
                + tool + "\",\"action\":\"" + action + "\",\"occurredAt\":\"" + at + "\""
                + (assetId == null ? "" : ",\"assetId\":\"" + assetId + "\"") + "}";
    }

    private static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        String heading = "";
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end>";
            String g = i < got.length ? got[i] : "<end>";
            if (w.startsWith("### ")) {
                heading = w;
            }
            if (!w.equals(g)) {
                return heading + "\n  recorded: " + w + "\n  answered: " + g;
            }
        }
        return "(no difference)";
    }
}
