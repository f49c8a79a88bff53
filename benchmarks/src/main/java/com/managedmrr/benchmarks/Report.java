package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run as a table, and the files: {@code benchmarks.json} keeps the latest run of each factor (and a
 * one-line history of every run), {@code benchmarks.md} is rendered from it, so runs at other factors stay side by
 * side. A hand-written {@code benchmark-notes.md} beside them (profiles, fixes, before/after) is appended verbatim.
 */
final class Report {

    static final double TARGET_INGESTION = 20_000;
    static final double TARGET_RATIO = 0.5;
    static final double TARGET_BREAKDOWN_P99_MS = 10;
    static final double TARGET_PAGE_P99_MS = 50;
    static final long TARGET_BUFFERS = 4_700;
    static final double TARGET_RSS_MIB = 512;

    private Report() {
    }

    static String key(double factor) {
        return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
    }

    /** Writes both files with this run in them; answers the Markdown. */
    static String write(Path directory, JsonObject run) throws IOException {
        Files.createDirectories(directory);
        Path jsonFile = directory.resolve("benchmarks.json");
        JsonObject all = Files.exists(jsonFile) ? new JsonObject(Files.readString(jsonFile)) : new JsonObject();
        JsonObject runs = all.getJsonObject("runs", new JsonObject());
        runs.put(key(run.getDouble("factor")), run);
        JsonArray history = all.getJsonArray("history", new JsonArray());
        history.add(summary(run));
        all.put("runs", runs).put("history", history);
        Files.writeString(jsonFile, all.encodePrettily() + "\n");
        Path notes = directory.resolve("benchmark-notes.md");
        String markdown = markdown(all, Files.exists(notes) ? Files.readString(notes) : null);
        Files.writeString(directory.resolve("benchmarks.md"), markdown);
        return markdown;
    }

    /** Renders benchmarks.md again from the directory's benchmarks.json and notes. */
    static void render(Path directory) throws IOException {
        JsonObject all = new JsonObject(Files.readString(directory.resolve("benchmarks.json")));
        Path notes = directory.resolve("benchmark-notes.md");
        Files.writeString(directory.resolve("benchmarks.md"), markdown(all, Files.exists(notes) ? Files.readString(notes) : null));
    }

    static JsonObject summary(JsonObject run) {
        JsonObject ingestion = run.getJsonObject("ingestion");
        JsonObject breakdown = run.getJsonObject("breakdown");
        return new JsonObject()
                .put("startedAt", run.getString("startedAt"))
                .put("commit", run.getString("commit"))
                .put("factor", run.getDouble("factor"))
                .put("load", run.getJsonObject("machine").getString("loadAverage"))
                .put("ingestPerSecond", ingestion.getLong("perSecond"))
                .put("copyPerSecond", run.getJsonObject("copy").getLong("perSecond"))
                .put("ratio", run.getDouble("ratio"))
                .put("batchP99Ms", ingestion.getJsonObject("batch").getDouble("p99Ms"))
                .put("largestNowP99Ms", breakdown.getJsonObject("largest").getJsonObject("now").getDouble("p99Ms"))
                .put("pointsPageP99Ms", breakdown.getJsonObject("pointsPage").getDouble("p99Ms"))
                .put("peakRssMiB", run.getJsonObject("memory").getDouble("peakRssMiB"));
    }

    /** The per-run table: figure, value, target, met. */
    static List<String[]> rows(JsonObject run) {
        JsonObject ingestion = run.getJsonObject("ingestion");
        JsonObject copy = run.getJsonObject("copy");
        JsonObject breakdown = run.getJsonObject("breakdown");
        JsonObject memory = run.getJsonObject("memory");
        List<String[]> rows = new ArrayList<>();
        long perSecond = ingestion.getLong("perSecond");
        rows.add(row("Ingestion over HTTP (" + ingestion.getInteger("clients") + " clients, batches of 500, "
                + fmt(ingestion.getDouble("seconds")) + " s)", String.format(Locale.ROOT, "%,d activities/s", perSecond),
                "≥ 20,000/s", perSecond >= TARGET_INGESTION));
        rows.add(row("  batch latency p50 / p99", ms(ingestion.getJsonObject("batch")), "", null));
        rows.add(row("COPY ceiling (" + copy.getInteger("streams") + " streams, same rows into LIKE … INCLUDING ALL tables)",
                String.format(Locale.ROOT, "%,d activities/s (%,d + %,d attributions in %s s)", copy.getLong("perSecond"),
                        copy.getLong("activities"), copy.getLong("attributions"), fmt(copy.getDouble("seconds"))), "", null));
        double ratio = run.getDouble("ratio");
        rows.add(row("Ratio HTTP / COPY", String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.5", ratio >= TARGET_RATIO));
        JsonObject largest = breakdown.getJsonObject("largest");
        for (String at : List.of("now", "past", "projection")) {
            JsonObject l = largest.getJsonObject(at);
            rows.add(row("Breakdown, largest partner (" + largest.getInteger("clients") + " clients), " + at,
                    ms(l), "p99 < 10 ms", l.getDouble("p99Ms") < TARGET_BREAKDOWN_P99_MS));
        }
        long buffers = largest.getLong("buffersPerBreakdown", 0L);
        rows.add(row("  shared buffers touched per breakdown of the largest partner, now (load-independent)",
                String.format(Locale.ROOT, "%,d", buffers), "≤ 4,700", buffers <= TARGET_BUFFERS));
        if (largest.containsKey("buffersPerBreakdownPast")) {
            rows.add(row("  shared buffers touched per breakdown of the largest partner, past (45 days ago)",
                    String.format(Locale.ROOT, "%,d", largest.getLong("buffersPerBreakdownPast")), "", null));
        }
        JsonObject top = breakdown.getJsonObject("top10");
        for (String at : List.of("now", "past", "projection")) {
            rows.add(row("Breakdown, 10 largest (" + top.getInteger("clientsMin") + "–" + top.getInteger("clientsMax")
                    + " clients), " + at, ms(top.getJsonObject(at)), "", null));
        }
        for (String at : List.of("now", "past", "projection")) {
            rows.add(row("Breakdown, 100 random partners, " + at, ms(breakdown.getJsonObject("random100").getJsonObject(at)), "", null));
        }
        JsonObject page = breakdown.getJsonObject("pointsPage");
        rows.add(row("Points breakdown page (/ui/points), largest partner", ms(page), "p99 < 50 ms",
                page.getDouble("p99Ms") < TARGET_PAGE_P99_MS));
        double rss = memory.getDouble("peakRssMiB");
        rows.add(row("Server peak RSS (VmHWM)", fmt(rss) + " MiB", "< 512 MiB", rss < TARGET_RSS_MIB));
        rows.add(row("Server peak heap used during ingestion", fmt(memory.getDouble("peakHeapMiB")) + " MiB", "", null));
        return rows;
    }

    private static String[] row(String figure, String value, String target, Boolean met) {
        return new String[] {figure, value, target, met == null ? "" : met ? "met" : "MISSED"};
    }

    static String table(JsonObject run) {
        StringBuilder out = new StringBuilder();
        for (String[] r : rows(run)) {
            out.append(String.format(Locale.ROOT, "%-78s %-52s %-12s %s%n", r[0], r[1], r[2], r[3]));
        }
        return out.toString();
    }

    private static String ms(JsonObject latency) {
        return fmt(latency.getDouble("p50Ms")) + " / " + fmt(latency.getDouble("p99Ms")) + " ms (n=" + latency.getInteger("n") + ")";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String markdown(JsonObject all, String notes) {
        Map<Double, JsonObject> runs = new TreeMap<>();
        all.getJsonObject("runs").forEach(e -> runs.put(Double.parseDouble(e.getKey()), (JsonObject) e.getValue()));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Generated by the harness in `benchmarks/` (see README, \"Performance\"); do not edit by hand — the notes at the end ")
                .append("come from `docs/benchmark-notes.md`. Re-run with:\n\n")
                .append("```\nmvn -B -q -pl benchmarks -am -DskipTests package\n")
                .append("java -jar benchmarks/target/benchmarks.jar --factor 1 --database postgresql://postgres@127.0.0.1:5432/mrr_bench\n```\n\n")
                .append("The server runs as a child process (`java -jar bootstrap/target/managed-mrr.jar`) and is measured over HTTP on ")
                .append("loopback; the data set is bulk-loaded straight into its tables; the figures are in `docs/benchmarks.json`.\n");
        for (JsonObject run : runs.values()) {
            JsonObject machine = run.getJsonObject("machine");
            JsonObject data = run.getJsonObject("dataSet");
            md.append("\n## Factor ").append(key(run.getDouble("factor"))).append("\n\n")
                    .append("Run ").append(run.getString("startedAt")).append(" at commit `").append(run.getString("commit")).append("`. ")
                    .append("Machine: ").append(machine.getInteger("cores")).append(" cores, ").append(machine.getString("memory"))
                    .append(" memory, ").append(machine.getString("postgres")).append(", ").append(machine.getString("java"))
                    .append("; load average ").append(machine.getString("loadAverage")).append(" before the run, ")
                    .append(machine.getString("loadAverageAfter")).append(" after. Server JVM: `")
                    .append(run.getJsonObject("server").getString("jvmOptions")).append("`.\n\n")
                    .append(String.format(Locale.ROOT, "Data set: %,d partners, %,d partner users, %,d client accounts in %d currencies "
                                    + "(%,d in growth markets), %,d seats, %,d assignments, %,d (partner, client) pairs, %,d activities over %d days, "
                                    + "%,d attributions, %,d relationship ends; largest partner %,d clients, median partner %,d; database %s; "
                                    + "loaded in %.0f s.%n%n",
                            data.getLong("partners"), data.getLong("partnerUsers"), data.getLong("clients"), data.getInteger("currencies"),
                            data.getLong("growthMarketClients"), data.getLong("seats"), data.getLong("assignments"), data.getLong("partnerClients"),
                            data.getLong("activities"), DataSet.DAYS, data.getLong("attributions"), data.getLong("relationshipEnds"),
                            data.getLong("largestPartnerClients"), data.getLong("medianPartnerClients"), data.getString("databaseSize"),
                            data.getDouble("loadSeconds")))
                    .append("| figure | value (p50 / p99 for latencies) | target | |\n|---|---|---|---|\n");
            for (String[] r : rows(run)) {
                md.append("| ").append(r[0].strip()).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" | ").append(r[3]).append(" |\n");
            }
        }
        md.append("\n## Growth\n\n")
                .append("The same measurements at each factor. The large partners have the same sizes at every factor from 1 up, ")
                .append("so if breakdown time depends on the partner's size only, the breakdown columns stay flat while the ledger grows.\n\n")
                .append("| factor | activities | largest partner | breakdown largest, now p50 / p99 | past p50 / p99 | projection p50 / p99 "
                        + "| buffers per breakdown (largest, now) | 100 random p50 / p99 | points page p50 / p99 | ingestion /s | load average |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonObject run : runs.values()) {
            JsonObject b = run.getJsonObject("breakdown");
            JsonObject l = b.getJsonObject("largest");
            md.append("| ").append(key(run.getDouble("factor")))
                    .append(String.format(Locale.ROOT, " | %,d | %,d clients | ", run.getJsonObject("dataSet").getLong("activities"), l.getInteger("clients")))
                    .append(pair(l.getJsonObject("now"))).append(" | ").append(pair(l.getJsonObject("past"))).append(" | ")
                    .append(pair(l.getJsonObject("projection")))
                    .append(String.format(Locale.ROOT, " | %,d | ", l.getLong("buffersPerBreakdown", 0L)))
                    .append(pair(b.getJsonObject("random100").getJsonObject("now")))
                    .append(" | ").append(pair(b.getJsonObject("pointsPage")))
                    .append(String.format(Locale.ROOT, " | %,d | %s |%n", run.getJsonObject("ingestion").getLong("perSecond"),
                            run.getJsonObject("machine").getString("loadAverage")));
        }
        md.append("\n## Every run\n\n| started | commit | factor | load | ingestion /s | COPY /s | ratio | batch p99 ms | largest now p99 ms "
                + "| page p99 ms | peak RSS MiB |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Object o : all.getJsonArray("history")) {
            JsonObject h = (JsonObject) o;
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %,d | %,d | %.2f | %.1f | %.1f | %.1f | %.1f |%n",
                    h.getString("startedAt"), h.getString("commit"), key(h.getDouble("factor")), h.getString("load"),
                    h.getLong("ingestPerSecond"), h.getLong("copyPerSecond"), h.getDouble("ratio"), h.getDouble("batchP99Ms"),
                    h.getDouble("largestNowP99Ms"), h.getDouble("pointsPageP99Ms"), h.getDouble("peakRssMiB")));
        }
        if (notes != null) {
            md.append("\n").append(notes.strip()).append("\n");
        }
        return md.toString();
    }

    private static String pair(JsonObject latency) {
        return fmt(latency.getDouble("p50Ms")) + " / " + fmt(latency.getDouble("p99Ms"));
    }
}
