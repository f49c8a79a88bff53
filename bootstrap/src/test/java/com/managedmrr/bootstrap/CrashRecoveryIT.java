package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.Jdbc;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server as a child process on its embedded database, killed with SIGKILL in the middle of sustained
 * ingestion from a few clients, then started again on the same data folder (which stops the orphaned postmaster):
 * every activity whose batch got a 200 is stored exactly once; activities from batches that got no answer are stored
 * at most once; nothing never sent is stored.
 */
class CrashRecoveryIT {

    private static final String TOKEN = "crash-test-token-0123456789";
    private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)");
    private static final int SENDERS = 3;
    private static final int BATCH = 20;
    private static final int MAX_BATCHES_PER_SENDER = 45; // 900 per client: one listing (limit 1000) shows them all

    @TempDir
    Path workDirectory;

    @Test
    void aKillMidIngestion_afterARestart_everyAcknowledgedActivityIsStoredOnce_andNothingUnsent() throws Exception {
        Process server = startServer("first");
        try {
            int port = awaitReady(server, "first");
            for (int sender = 0; sender < SENDERS; sender++) {
                HttpResponse<String> created = HttpCalls.send(port, "PUT", "/api/v1/clients/" + hubOf(sender), TOKEN,
                        new JsonObject().put("name", "Crash " + sender).put("currency", "USD").put("mrr", "100.00")
                                .put("growthMarket", false).encode());
                assertThat(created.statusCode()).isIn(200, 201);
            }

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Set<String> sent = ConcurrentHashMap.newKeySet();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                Thread thread = new Thread(() -> {
                    for (int b = 0; b < MAX_BATCHES_PER_SENDER && running.get(); b++) {
                        List<String> ids = new ArrayList<>();
                        JsonArray items = new JsonArray();
                        for (int i = 0; i < BATCH; i++) {
                            String id = "crash-" + sender + "-" + b + "-" + i;
                            ids.add(id);
                            items.add(new JsonObject().put("activityId", id).put("hubId", hubOf(sender))
                                    .put("userEmail", "ann@acme.example").put("tool", "BLOG").put("action", "PUBLISH")
                                    .put("occurredAt", Instant.now().minusSeconds(60).toString()).put("assetId", "p"));
                        }
                        sent.addAll(ids);
                        try {
                            HttpResponse<String> response = HttpCalls.send(port, "POST", "/api/v1/activities", TOKEN,
                                    new JsonObject().put("activities", items).encode());
                            if (response.statusCode() == 200) {
                                JsonObject result = new JsonObject(response.body());
                                assertThat(result.getInteger("accepted")).isEqualTo(BATCH);
                                acknowledged.addAll(ids);
                                answered.incrementAndGet();
                            }
                        } catch (Exception noAnswer) {
                            return; // the server is gone
                        }
                    }
                }, "crash-sender-" + sender);
                senders.add(thread);
                thread.start();
            }
            // kill once ingestion is well under way (bounded wait), while senders are still sending
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.get() < SENDERS * 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop of anything
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            running.set(false);
            for (Thread thread : senders) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(acknowledged).as("batches answered before the kill").isNotEmpty();
            assertThat(sent.size()).as("some batches were cut off").isGreaterThan(acknowledged.size());

            server = startServer("second");
            int restartedPort = awaitReady(server, "second");

            List<String> stored = storedActivityIds(restartedPort);
            Set<String> storedOnce = new HashSet<>(stored);
            assertThat(stored).as("no activity stored twice").hasSameSizeAs(storedOnce);
            assertThat(storedOnce).as("every acknowledged activity survived the kill").containsAll(acknowledged);
            assertThat(sent).as("nothing stored that was never sent").containsAll(storedOnce);
        } finally {
            stop(server);
            stopOrphanedPostmaster();
        }
    }

    /**
     * The activity ids in the restarted server's embedded database (read directly: its port is in the data folder's
     * postmaster.pid), after checking the server answers for one of the clients.
     */
    private List<String> storedActivityIds(int serverPort) throws Exception {
        assertThat(HttpCalls.get(serverPort, "/api/v1/clients/" + hubOf(0), "Bearer " + TOKEN).statusCode())
                .isEqualTo(200);
        List<String> pid = Files.readAllLines(workDirectory.resolve("data").resolve("postgres").resolve("postmaster.pid"));
        DatabaseUrl url = new DatabaseUrl("localhost", Integer.parseInt(pid.get(3).strip()), EmbeddedDatabase.DATABASE,
                "postgres", Optional.empty());
        List<String> ids = new ArrayList<>();
        try (Connection connection = Jdbc.open(url);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT activity_id FROM activities WHERE hub_id BETWEEN ? AND ?")) {
            statement.setLong(1, hubOf(0));
            statement.setLong(2, hubOf(SENDERS - 1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static long hubOf(int sender) {
        return 701L + sender;
    }

    /** {@code java -cp <this test run's class path> Main} in the work directory: the embedded database in ./data. */
    private Process startServer(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve(name + ".out").toFile());
        builder.environment().remove(Config.DATABASE_URL);
        builder.environment().put(Config.HTTP_PORT, "0");
        builder.environment().put(Config.API_TOKEN, TOKEN);
        return builder.start();
    }

    /** Waits (bounded: 120 s) for the banner's URL and returns its port. */
    private int awaitReady(Process server, String name) throws Exception {
        Path out = workDirectory.resolve(name + ".out");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            Matcher ready = READY.matcher(text);
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            if (!server.isAlive()) {
                throw new AssertionError("the " + name + " server exited with " + server.exitValue() + ":\n" + text);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the " + name + " server was not ready in time:\n"
                + Files.readString(out, StandardCharsets.UTF_8));
    }

    private static void stop(Process server) throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM: the shutdown hook stops the embedded PostgreSQL
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Leaves no PostgreSQL of this test behind, whatever happened. */
    private void stopOrphanedPostmaster() throws Exception {
        Path pidFile = workDirectory.resolve("data").resolve("postgres").resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }
}
