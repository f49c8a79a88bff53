package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad configuration: one clear line on stderr naming the variable, a non-zero exit code, nothing left running. */
class StartupFailureIT {

    private static final String TOKEN = "startup-failure-token-0123";

    @TempDir
    Path dataDirectory;

    @Test
    void aTokenShorterThan16_launch_printsOneLineAndFails() {
        Outcome outcome = launch(Map.of("MRR_API_TOKEN", "too-short"));

        assertThat(outcome.exitCode).isEqualTo(1);
        assertThat(outcome.err).isEqualTo("MRR_API_TOKEN: must be at least 16 characters long (it has 9)\n");
        assertThat(outcome.out).isEmpty();
    }

    @Test
    void anUnparseableDatabaseUrl_launch_printsOneLineAndFails() {
        Outcome outcome = launch(Map.of("MRR_API_TOKEN", TOKEN, "MRR_DATABASE_URL", "localhost:5432/mrr"));

        assertThat(outcome.exitCode).isEqualTo(1);
        assertThat(outcome.err).isEqualTo("MRR_DATABASE_URL: must start with postgresql://; "
                + "expected postgresql://user:password@host:port/database\n");
    }

    @Test
    void aDatabaseThatDoesNotAnswer_launch_printsOneLineAndFails() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Outcome outcome = launch(Map.of("MRR_API_TOKEN", TOKEN,
                "MRR_DATABASE_URL", "postgresql://app:hunter2hunter2@127.0.0.1:" + closedPort + "/mrr"));

        assertThat(outcome.exitCode).isEqualTo(1);
        assertThat(outcome.err).startsWith("MRR_DATABASE_URL: no PostgreSQL answers at 127.0.0.1:" + closedPort)
                .doesNotContain("hunter2");
        assertOneLine(outcome.err);
    }

    @Test
    void thePortInUse_launch_printsOneLineFailsAndStopsTheEmbeddedDatabase() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            Outcome outcome = launch(Map.of("MRR_API_TOKEN", TOKEN, "MRR_HTTP_PORT", Integer.toString(port)));

            assertThat(outcome.exitCode).isEqualTo(1);
            assertThat(outcome.err).isEqualTo("MRR_HTTP_PORT: port " + port + " is already in use\n");
        }
        // the embedded database was stopped and the data folder released: a second start gets it
        Outcome second = launch(Map.of("MRR_API_TOKEN", TOKEN, "MRR_HTTP_PORT", "0"));
        try {
            assertThat(second.exitCode).isZero();
            assertThat(second.err).isEmpty();
            assertThat(second.out).contains("managed-mrr " + BuildInfo.version() + " is ready on http://localhost:");
        } finally {
            second.server.stop();
        }
    }

    @Test
    void theDataFolderInUseByAnotherServer_launch_printsOneLineAndFails() throws Exception {
        Outcome first = launch(Map.of("MRR_API_TOKEN", TOKEN, "MRR_HTTP_PORT", "0"));
        try {
            assertThat(first.exitCode).isZero();

            Outcome second = launch(Map.of("MRR_API_TOKEN", TOKEN, "MRR_HTTP_PORT", "0"));

            assertThat(second.exitCode).isEqualTo(1);
            assertThat(second.err).contains("is in use by another managed-mrr server");
            assertOneLine(second.err);
        } finally {
            first.server.stop();
        }
    }

    private Outcome launch(Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Launch launch = Main.launch(environment, dataDirectory,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                server -> {
                });
        return new Outcome(launch.exitCode(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), launch.server());
    }

    private static void assertOneLine(String text) {
        assertThat(text).endsWith("\n");
        assertThat(text.strip()).doesNotContain("\n").doesNotContain("\tat ");
    }

    private record Outcome(int exitCode, String out, String err, ManagedMrrServer server) {
    }
}
