package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.WebServer;
import com.sun.management.UnixOperatingSystemMXBean;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections cannot exhaust the server: it answers a valid request while thousands of silent sockets are open, refuses
 * connections beyond its cap, and closes silent sockets, request heads sent a byte at a time and admin UI requests that
 * never finish (including a body trickled forever) after their time-outs.
 */
class ConnectionLimitsTest {

    private static final String TOKEN = TestApi.TOKEN;
    /** How long a test waits for the server to close a connection: far beyond the time-outs configured here. */
    private static final int CLOSE_WAIT_MILLIS = 15_000;

    private Vertx vertx;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        vertx.close().await(20, TimeUnit.SECONDS);
    }

    @Test
    void thousandsOfSilentSockets_aValidBreakdownIsAnswered_atTheCap_andAConnectionBeyondIsRefused() throws Exception {
        int silent = silentSocketsThisProcessCanHold();
        WebServer.Limits limits = new WebServer.Limits(silent + 1, Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofSeconds(30));
        int port = start(limits);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the partner is created before the silent sockets arrive, over a connection closed afterwards
        assertThat(sendOnce(port, "PUT /api/v1/partners/acme", new JsonObject().put("name", "Acme")
                .put("emailDomains", new JsonArray().add("acme.example")).encode())).startsWith("HTTP/1.1 201");
        awaitOpen(limits, 0);

        for (int i = 0; i < silent; i++) {
            sockets.add(new Socket(InetAddress.getLoopbackAddress(), port));
        }
        awaitOpen(limits, silent);

        long started = System.nanoTime();
        HttpResponse<String> breakdown = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/partners/acme/breakdown"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("ConnectionLimitsTest: %d silent sockets open, a valid breakdown answered in %d ms%n",
                silent, answeredMillis);
        assertThat(breakdown.statusCode()).as(breakdown.body()).isEqualTo(200);
        assertThat(limits.open()).isEqualTo(silent + 1);

        try (Socket beyond = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertClosedByServer(beyond);
        }
    }

    @Test
    void aSilentSocket_theServerClosesIt_afterTheRequestHeadTimeout() throws Exception {
        int port = start(new WebServer.Limits(100, Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(30)));

        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertClosedByServer(silent);
        }
    }

    @Test
    void aRequestHeadSentAByteAtATime_theServerClosesTheConnection_afterTheRequestHeadTimeout() throws Exception {
        int port = start(new WebServer.Limits(100, Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(30)));

        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = slow.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
            while (!closed && System.nanoTime() < deadline) {
                try {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                    slow.setSoTimeout(1);
                    closed = slow.getInputStream().read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing yet: keep trickling
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(closed).as("the trickled request head's connection was closed").isTrue();
        }
    }

    @Test
    void anAdminPageThatNeverAnswers_theUiAnswers503_afterItsRequestTimeout() throws Exception {
        int port = start(new WebServer.Limits(100, Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMillis(500)));

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.getOutputStream().write("GET /ui/never HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(readStatusLine(client)).startsWith("HTTP/1.1 503");
        }
    }

    @Test
    void anAdminFormBodyTrickledForever_theUiAnswers503_andClosesTheConnection() throws Exception {
        int port = start(new WebServer.Limits(100, Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofMillis(500)));

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = client.getOutputStream();
            out.write(("POST /ui/form HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\nname=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        out.write('a');
                        out.flush();
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server closed it, or the test is over
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            assertThat(readStatusLine(client)).startsWith("HTTP/1.1 503");
            assertClosedByServer(client);
            trickle.interrupt();
        }
    }

    private int start(WebServer.Limits limits) throws Exception {
        InMemoryStore store = new InMemoryStore();
        MutableClock clock = new MutableClock();
        ApiRouter api = new ApiRouter(TOKEN, ApiRouteGroups.of(InMemoryUseCases.create(store, clock, new InMemoryAdminAccounts())));
        WebServer server = new WebServer(new WebServer.Settings(0, () -> CompletableFuture.completedFuture(null),
                ctx -> ctx.response().end(), api,
                router -> {
                    router.get("/ui/never").handler(ctx -> { }); // never answers
                    router.post("/ui/form").handler(io.vertx.ext.web.handler.BodyHandler.create(false))
                            .handler(ctx -> ctx.response().end("stored"));
                },
                Duration.ofSeconds(1)).withLimits(limits));
        vertx.deployVerticle(server).await(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    /**
     * As many silent sockets as this process can hold open at once beside the server's own ends of them (two file
     * descriptors each), leaving room for the JVM's files, up to 8,000.
     */
    private static int silentSocketsThisProcessCanHold() {
        long limit = 4_096;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            limit = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
        }
        return (int) Math.max(100, Math.min(8_000, (limit - 1_000) / 2));
    }

    private static void awaitOpen(WebServer.Limits limits, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (limits.open() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(limits.open()).as("connections the server holds open").isEqualTo(expected);
    }

    /** One request on its own connection (Connection: close), and the answer's status line. */
    private static String sendOnce(int port, String requestLine, String json) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String status = readStatusLine(socket);
            socket.getInputStream().readAllBytes();
            return status;
        }
    }

    private static String readStatusLine(Socket socket) throws IOException {
        socket.setSoTimeout(CLOSE_WAIT_MILLIS);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString().trim();
    }

    /** The server closes the connection (end of stream or reset) well within the wait; reads what it sent first. */
    private static void assertClosedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(CLOSE_WAIT_MILLIS);
        boolean closed;
        try {
            InputStream in = socket.getInputStream();
            int read;
            do {
                read = in.read();
            } while (read != -1);
            closed = true;
        } catch (SocketTimeoutException stillOpen) {
            closed = false;
        } catch (IOException reset) {
            closed = true;
        }
        assertThat(closed).as("the server closed the connection").isTrue();
    }
}
