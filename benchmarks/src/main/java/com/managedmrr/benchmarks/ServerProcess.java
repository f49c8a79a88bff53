package com.managedmrr.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real server, {@code java -jar managed-mrr.jar}, as a child process; its memory read from /proc and /metrics. */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "benchmark-token-0123456789";

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServerProcess start(Path jar, List<String> jvmOptions, String databaseUrl, Path log) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar.toAbsolutePath()
                    + ": build it first (mvn -B -q -pl benchmarks -am -DskipTests package)");
        }
        // run a private copy: a build replacing the jar under a running JVM breaks its class loading mid-run
        Path copy = log.resolveSibling("managed-mrr.jar");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(copy.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MRR_HTTP_PORT", Integer.toString(port));
        builder.environment().put("MRR_DATABASE_URL", databaseUrl);
        builder.environment().put("MRR_API_TOKEN", TOKEN);
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitReady(log);
        return server;
    }

    /**
     * Runs {@code java -jar managed-mrr.jar --rebuild-spans} on the database (the data set is bulk-loaded into the
     * ledger's tables, so the breakdown's read model is built from it the way an operator would); answers its output.
     */
    static String rebuildSpans(Path jar, String databaseUrl, Path log) throws Exception {
        Path copy = log.resolveSibling("managed-mrr-rebuild.jar");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", copy.toAbsolutePath().toString(), "--rebuild-spans")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MRR_DATABASE_URL", databaseUrl);
        Process process = builder.start();
        int status = process.waitFor();
        String output = Files.readString(log).strip();
        // a freshly loaded ledger has no spans yet: "differed and were replaced" (status 3) is the expected outcome
        if (status != 0 && status != 3) {
            throw new IllegalStateException("--rebuild-spans exited with " + status + ": " + output);
        }
        return output;
    }

    private void awaitReady(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server was not ready within 180 s: " + Files.readString(log));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    /** Peak resident set size so far (VmHWM), in bytes. */
    long peakRssBytes() throws IOException {
        return statusKilobytes("VmHWM:") * 1024;
    }

    long rssBytes() throws IOException {
        return statusKilobytes("VmRSS:") * 1024;
    }

    private long statusKilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        throw new IOException(field + " not in /proc/" + process.pid() + "/status");
    }

    /** The heap in use now: the sum of jvm_memory_used_bytes{area="heap"} on /metrics. */
    long heapUsedBytes() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) sum;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
