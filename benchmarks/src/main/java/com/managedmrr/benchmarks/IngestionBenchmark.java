package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingestion over HTTP: concurrent clients, each on its own connection, post batches of 500 activities to
 * POST /api/v1/activities for a fixed time; every activity is new, from a partner user seated in and assigned to its
 * client, within the hour before now (so most are attributed). Meanwhile the server's heap is sampled from /metrics.
 */
final class IngestionBenchmark {

    static final int BATCH = 500;
    static final String[][] TOOLS = {{"BLOG", "PUBLISH"}, {"EMAIL", "CREATE"}, {"CRM", "EDIT"}, {"SOCIAL", "CREATE"}, {"LANDING_PAGES", "VIEW"}};

    private final ServerProcess server;
    private final List<DataSet.Seat> seats;
    private final String run;

    IngestionBenchmark(ServerProcess server, List<DataSet.Seat> seats, String run) {
        this.server = server;
        this.seats = seats;
        this.run = run;
    }

    /** The prefix of every activity id this run posts: they sort between {@code prefix()} and {@code prefix() + "~"}. */
    String prefix() {
        return "i" + run + "-";
    }

    JsonObject run(int clients, Duration warmUp, Duration measured, long seed) throws Exception {
        AtomicLong sequence = new AtomicLong();
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            long warmUpEnd = System.nanoTime() + warmUp.toNanos();
            long start = warmUpEnd;
            long end = start + measured.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed * 31 + c);
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                    while (true) {
                        String body = batch(random, sequence);
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            return null;
                        }
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/api/v1/activities"))
                                .header("Authorization", "Bearer " + ServerProcess.TOKEN)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("POST /api/v1/activities: " + response.statusCode() + " " + response.body());
                        }
                        if (sent >= start && done <= end) {
                            latencies.add(done - sent);
                            accepted.addAndGet(new JsonObject(response.body()).getLong("accepted"));
                        }
                    }
                }));
            }
            Future<?> sampler = pool.submit(() -> {
                while (System.nanoTime() < end) {
                    peakHeap.accumulateAndGet(server.heapUsedBytes(), Math::max);
                    Thread.sleep(250);
                }
                return null;
            });
            for (Future<?> client : running) {
                client.get();
            }
            sampler.get();
            double seconds = measured.toNanos() / 1e9;
            return new JsonObject()
                    .put("clients", clients)
                    .put("batchSize", BATCH)
                    .put("seconds", seconds)
                    .put("activities", accepted.get())
                    .put("perSecond", Math.round(accepted.get() / seconds))
                    .put("batch", latencies.toJson())
                    .put("peakHeapMiB", Latencies.round(peakHeap.get() / 1048576.0));
        } finally {
            pool.shutdownNow();
        }
    }

    private String batch(SplittableRandom random, AtomicLong sequence) {
        StringBuilder json = new StringBuilder(BATCH * 200).append("{\"activities\":[");
        Instant now = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            long n = sequence.incrementAndGet();
            DataSet.Seat seat = seats.get(random.nextInt(seats.size()));
            String[] tool = TOOLS[(int) (n % TOOLS.length)];
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"activityId\":\"").append(prefix()).append(String.format("%010d", n))
                    .append("\",\"hubId\":").append(seat.hubId())
                    .append(",\"userEmail\":\"").append(seat.email())
                    .append("\",\"tool\":\"").append(tool[0])
                    .append("\",\"action\":\"").append(tool[1])
                    .append("\",\"occurredAt\":\"").append(now.minusMillis(random.nextLong(3_600_000L)))
                    .append('"');
            if (tool[0].equals("BLOG")) {
                json.append(",\"assetId\":\"post-").append(n % 40).append('"');
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }
}
