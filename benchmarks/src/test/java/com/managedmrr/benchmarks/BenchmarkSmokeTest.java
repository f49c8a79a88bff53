package com.managedmrr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness at factor 0.02 with short durations, on an embedded PostgreSQL, against the packaged server: the
 * report must hold every figure. No timing thresholds: this only keeps the harness from rotting.
 */
class BenchmarkSmokeTest {

    @Test
    void factor002_harness_reportsEveryFigure(@TempDir Path out) throws Exception {
        BenchmarkMain.Options options = BenchmarkMain.Options.parse(
                "--factor", "0.02", "--ingest-seconds", "3", "--warm-up-seconds", "1", "--clients", "2", "--rounds", "2",
                "--stats-wait-seconds", "1", "--out", out.toString());

        JsonObject run = BenchmarkMain.run(options, line -> { });

        assertThat(run.getJsonObject("dataSet").getLong("activities")).isEqualTo(100_000L);
        assertThat(run.getJsonObject("dataSet").getLong("attributions")).isPositive();
        assertThat(run.getJsonObject("dataSet").getInteger("currencies")).isGreaterThanOrEqualTo(5);
        assertThat(run.getJsonObject("ingestion").getLong("perSecond")).isPositive();
        assertPositiveLatency(run.getJsonObject("ingestion").getJsonObject("batch"));
        assertThat(run.getJsonObject("copy").getLong("perSecond")).isPositive();
        assertThat(run.getJsonObject("copy").getLong("attributions")).isPositive();
        assertThat(run.getDouble("ratio")).isPositive();
        JsonObject breakdown = run.getJsonObject("breakdown");
        for (String group : new String[] {"largest", "top10", "random100"}) {
            for (String at : new String[] {"now", "past", "projection"}) {
                assertPositiveLatency(breakdown.getJsonObject(group).getJsonObject(at));
            }
        }
        assertPositiveLatency(breakdown.getJsonObject("pointsPage"));
        assertThat(breakdown.getJsonObject("largest").getLong("buffersPerBreakdown")).isPositive();
        assertThat(run.getJsonObject("memory").getDouble("peakRssMiB")).isPositive();
        assertThat(run.getJsonObject("memory").getDouble("peakHeapMiB")).isPositive();
        assertThat(run.getJsonObject("machine").getString("postgres")).startsWith("PostgreSQL");

        String markdown = Files.readString(out.resolve("benchmarks.md"));
        assertThat(markdown).contains("## Factor 0.02", "Ratio HTTP / COPY", "Points breakdown page", "Server peak RSS", "## Growth");
        assertThat(new JsonObject(Files.readString(out.resolve("benchmarks.json"))).getJsonObject("runs").containsKey("0.02")).isTrue();
    }

    private static void assertPositiveLatency(JsonObject latency) {
        assertThat(latency.getInteger("n")).isPositive();
        assertThat(latency.getDouble("p50Ms")).isPositive();
        assertThat(latency.getDouble("p99Ms")).isPositive();
    }
}
