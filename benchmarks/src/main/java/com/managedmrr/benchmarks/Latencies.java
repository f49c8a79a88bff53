package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as p50 / p99 / max in milliseconds (nearest-rank percentiles). */
final class Latencies {

    private long[] nanos = new long[64];
    private int count;

    synchronized void add(long sample) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = sample;
    }

    synchronized int count() {
        return count;
    }

    synchronized double percentileMs(double quantile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(quantile * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    JsonObject toJson() {
        return new JsonObject()
                .put("n", count())
                .put("p50Ms", round(percentileMs(0.50)))
                .put("p99Ms", round(percentileMs(0.99)))
                .put("maxMs", round(percentileMs(1.0)));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
