package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The benchmark harness. Prepares the database, starts the real server as a child process, loads the data set,
 * measures breakdowns, ingestion and the COPY ceiling, reads the server's memory, prints a table and writes
 * {@code benchmarks.md} and {@code benchmarks.json}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--factor 1] [--database postgresql://postgres@127.0.0.1:5432/mrr_bench]
 *     [--ingest-seconds 60] [--warm-up-seconds 10] [--clients 8] [--rounds 10] [--seed 42] [--out docs]
 *     [--jar bootstrap/target/managed-mrr.jar] [--server-jvm "-Xmx256m"] [--stats-wait-seconds 11]
 * java -jar benchmarks/target/benchmarks.jar --render docs      (benchmarks.md again from benchmarks.json and the notes)
 * </pre>
 * Without {@code --database} it runs on a fresh embedded PostgreSQL.
 */
public final class BenchmarkMain {

    /** The settings of one run. */
    public record Options(double factor, String database, int ingestSeconds, int warmUpSeconds, int clients, int rounds,
                          long seed, Path out, Path jar, String serverJvm, int statsWaitSeconds) {

        public static Options parse(String... args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            Options options = new Options(
                    Double.parseDouble(values.getOrDefault("factor", "1")),
                    values.get("database"),
                    Integer.parseInt(values.getOrDefault("ingest-seconds", "60")),
                    Integer.parseInt(values.getOrDefault("warm-up-seconds", "10")),
                    Integer.parseInt(values.getOrDefault("clients", "8")),
                    Integer.parseInt(values.getOrDefault("rounds", "10")),
                    Long.parseLong(values.getOrDefault("seed", "42")),
                    Path.of(values.getOrDefault("out", "docs")),
                    values.containsKey("jar") ? Path.of(values.get("jar")) : defaultJar(),
                    values.getOrDefault("server-jvm", "-Xmx256m"),
                    Integer.parseInt(values.getOrDefault("stats-wait-seconds", "11")));
            List<String> known = List.of("factor", "database", "ingest-seconds", "warm-up-seconds", "clients", "rounds", "seed", "out", "jar", "server-jvm", "stats-wait-seconds");
            values.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException("unknown option --" + k + "; known: " + known);
            });
            return options;
        }

        private static Path defaultJar() {
            Path here = Path.of("bootstrap/target/managed-mrr.jar");
            Path parent = Path.of("../bootstrap/target/managed-mrr.jar");
            return Files.exists(here) || !Files.exists(parent) ? here : parent;
        }
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--render")) {
            // re-renders benchmarks.md from benchmarks.json and benchmark-notes.md in that folder, without running
            Report.render(Path.of(args[1]));
            return;
        }
        Options options = Options.parse(args);
        JsonObject run = run(options, System.out::println);
        System.out.println();
        System.out.print(Report.table(run));
        System.out.println();
        System.out.println("wrote " + options.out().resolve("benchmarks.md") + " and " + options.out().resolve("benchmarks.json"));
    }

    /** Runs everything, writes the files; answers the run's figures. */
    public static JsonObject run(Options options, Consumer<String> log) throws Exception {
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject machine = Machine.describe();
        Path work = Files.createTempDirectory("mrr-bench");
        log.accept("managed-mrr benchmark, factor " + options.factor() + ", load average " + machine.getString("loadAverage"));
        try (Database database = options.database() == null ? Database.embedded(work.resolve("postgres")) : Database.of(options.database())) {
            machine.put("postgres", database.version());
            database.recreate();
            List<String> jvm = new ArrayList<>(Arrays.asList(options.serverJvm().trim().split("\\s+")));
            jvm.removeIf(String::isEmpty);
            try (ServerProcess server = ServerProcess.start(options.jar(), jvm, database.productUrl(), work.resolve("server.log"))) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                DataSet dataSet = new DataSet(options.factor(), options.seed(), now);
                log.accept("server pid " + server.pid() + " ready; loading " + dataSet);
                long loadStart = System.nanoTime();
                List<DataSet.Seat> seats;
                try (Connection db = database.connect()) {
                    seats = dataSet.load(db);
                }
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                long spansStart = System.nanoTime();
                String rebuilt = ServerProcess.rebuildSpans(options.jar(), database.productUrl(), work.resolve("rebuild.log"));
                try (Connection db = database.connect(); Statement st = db.createStatement()) {
                    st.execute("VACUUM ANALYZE partner_clients");
                }
                double spansSeconds = (System.nanoTime() - spansStart) / 1e9;
                log.accept(String.format("read model built in %.0f s:%n%s", spansSeconds, rebuilt));
                JsonObject data = describe(database, seats.size()).put("loadSeconds", Math.round(loadSeconds))
                        .put("spansSeconds", Math.round(spansSeconds));
                data.put("databaseSize", database.size());
                log.accept(String.format("loaded in %.0f s: %s", loadSeconds, data.encode()));

                List<String> largest = new ArrayList<>();
                Map<String, Integer> sizes = new LinkedHashMap<>();
                List<String> all = new ArrayList<>();
                try (Connection db = database.connect(); Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT partner_id, count(*) FROM partner_clients GROUP BY partner_id ORDER BY 2 DESC, 1")) {
                    while (rs.next()) {
                        all.add(rs.getString(1));
                        sizes.put(rs.getString(1), rs.getInt(2));
                        if (largest.size() < 10) {
                            largest.add(rs.getString(1));
                        }
                    }
                }
                List<String> random = new ArrayList<>(all);
                Collections.shuffle(random, new Random(options.seed()));
                random = random.subList(0, Math.min(100, random.size()));

                log.accept("breakdowns: largest " + largest.get(0) + " (" + sizes.get(largest.get(0)) + " clients)");
                JsonObject breakdown = new BreakdownBenchmark(server, database, options.statsWaitSeconds() * 1000L).run(largest, sizes, random, now, options.rounds());
                log.accept("breakdowns: " + breakdown.encode());

                String runId = Long.toString(startedAt.getEpochSecond(), 36);
                IngestionBenchmark ingestion = new IngestionBenchmark(server, seats, runId);
                log.accept("ingestion: " + options.clients() + " clients, " + options.warmUpSeconds() + " s warm-up, "
                        + options.ingestSeconds() + " s measured");
                JsonObject ingested = ingestion.run(options.clients(), Duration.ofSeconds(options.warmUpSeconds()),
                        Duration.ofSeconds(options.ingestSeconds()), options.seed());
                JsonObject memory = new JsonObject()
                        .put("peakRssMiB", Latencies.round(server.peakRssBytes() / 1048576.0))
                        .put("rssAfterIngestionMiB", Latencies.round(server.rssBytes() / 1048576.0))
                        .put("peakHeapMiB", ingested.getDouble("peakHeapMiB"));
                log.accept("ingestion: " + ingested.encode() + ", memory " + memory.encode());

                try (Connection db = database.connect(); Statement st = db.createStatement()) {
                    st.execute("CHECKPOINT");
                }
                JsonObject copy = CopyCeiling.run(database, ingestion.prefix(), Runtime.getRuntime().availableProcessors());
                log.accept("COPY ceiling: " + copy.encode());
                machine.put("loadAverageAfter", Machine.loadAverage());

                JsonObject run = new JsonObject()
                        .put("factor", options.factor())
                        .put("seed", options.seed())
                        .put("startedAt", startedAt.toString())
                        .put("commit", Machine.commit())
                        .put("machine", machine)
                        .put("server", new JsonObject().put("jvmOptions", String.join(" ", jvm)))
                        .put("dataSet", data)
                        .put("breakdown", breakdown)
                        .put("ingestion", ingested)
                        .put("copy", copy)
                        .put("ratio", Math.round(100.0 * ingested.getLong("perSecond") / Math.max(1, copy.getLong("perSecond"))) / 100.0)
                        .put("memory", memory);
                Report.write(options.out(), run);
                return run;
            }
        } finally {
            deleteQuietly(work);
        }
    }

    private static JsonObject describe(Database database, int seats) throws Exception {
        JsonObject data = new JsonObject();
        try (Connection db = database.connect(); Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT (SELECT count(*) FROM partners), (SELECT count(*) FROM partner_users),
                       (SELECT count(*) FROM client_accounts), (SELECT count(DISTINCT currency) FROM client_accounts),
                       (SELECT count(*) FROM client_accounts WHERE growth_market), (SELECT count(*) FROM seat_periods),
                       (SELECT count(*) FROM assignment_periods), (SELECT count(*) FROM partner_clients),
                       (SELECT count(*) FROM activities), (SELECT count(*) FROM attributions),
                       (SELECT count(*) FROM relationship_ends),
                       (SELECT max(n) FROM (SELECT count(*) AS n FROM partner_clients GROUP BY partner_id) s),
                       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM (SELECT count(*) AS n FROM partner_clients GROUP BY partner_id) s),
                       (SELECT count(*) FROM (SELECT partner_id FROM partner_clients GROUP BY partner_id HAVING count(*) >= 2000) s)""")) {
            rs.next();
            String[] names = {"partners", "partnerUsers", "clients", "currencies", "growthMarketClients", "seats", "assignments",
                    "partnerClients", "activities", "attributions", "relationshipEnds", "largestPartnerClients", "medianPartnerClients",
                    "partnersWith2000Clients"};
            for (int i = 0; i < names.length; i++) {
                data.put(names[i], rs.getLong(i + 1));
            }
        }
        data.put("currencies", data.getLong("currencies").intValue());
        data.put("ingestionSeats", seats);
        return data;
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory
        }
    }
}
