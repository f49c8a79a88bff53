package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server for one test class, on port 0 with its embedded PostgreSQL in a temporary folder, and calls to
 * its JSON API: {@code @RegisterExtension static final RunningServer server = new RunningServer(TOKEN);}
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private final String token;
    private Path dataDirectory;
    private ManagedMrrServer server;

    RunningServer(String token) {
        this.token = token;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDirectory = Files.createTempDirectory("managed-mrr-it");
        server = new ManagedMrrServer(new Config(0, Optional.empty(), token, false), dataDirectory).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The port the server listens on. */
    int port() {
        return server.port();
    }

    /** Calls the API with the token and checks the answer's status. */
    HttpResponse<String> call(String method, String path, String json, int status) throws Exception {
        HttpResponse<String> response = HttpCalls.send(server.port(), method, path, token, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response;
    }
}
