package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.WebServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The JSON API on a real HTTP server on a free port, over the real services and the in-memory store (or over the
 * route groups a test gives), and a client for it. Every response it sees is checked against the served OpenAPI
 * document before the test gets it.
 */
final class TestApi implements AutoCloseable {

    static final String TOKEN = "route-test-token-5f1c";
    static final String API = ApiRouter.MOUNT_POINT;

    /** One Vert.x and one parsed contract for the whole test run; each TestApi has its own server and state. */
    private static final Vertx VERTX = Vertx.vertx();
    private static final OpenApiCheck OPENAPI = OpenApiCheck.load(VERTX, OpenApiRoutes.document());

    final InMemoryStore store;
    final MutableClock clock;
    final InMemoryAdminAccounts admins;
    private final String deploymentId;
    private final WebClient client;
    private final int port;

    private TestApi(InMemoryStore store, MutableClock clock, InMemoryAdminAccounts admins, List<ApiRoutes> groups) {
        this.store = store;
        this.clock = clock;
        this.admins = admins;
        WebServer server = new WebServer(new WebServer.Settings(0,
                () -> CompletableFuture.completedFuture(null),
                ctx -> ctx.response().end(),
                new ApiRouter(TOKEN, groups),
                Duration.ofSeconds(1)));
        this.deploymentId = VERTX.deployVerticle(server).await();
        this.port = server.actualPort();
        this.client = WebClient.create(VERTX);
    }

    /** The whole API over the real services, the in-memory store and a clock at {@code now}. */
    static TestApi start(Instant now) {
        InMemoryStore store = new InMemoryStore();
        MutableClock clock = new MutableClock(now);
        InMemoryAdminAccounts admins = new InMemoryAdminAccounts();
        return new TestApi(store, clock, admins, ApiRouteGroups.of(InMemoryUseCases.create(store, clock, admins)));
    }

    static TestApi start() {
        return start(MutableClock.DEFAULT_START);
    }

    /** Only the given route groups (e.g. over stub use cases). */
    static TestApi startWith(ApiRoutes... groups) {
        return new TestApi(new InMemoryStore(), new MutableClock(), new InMemoryAdminAccounts(), List.of(groups));
    }

    static OpenApiCheck openApi() {
        return OPENAPI;
    }

    // requests with the right token

    Reply get(String path) {
        return send(HttpMethod.GET, path, null, null, TOKEN);
    }

    Reply delete(String path) {
        return send(HttpMethod.DELETE, path, null, null, TOKEN);
    }

    Reply put(String path, JsonObject body) {
        return send(HttpMethod.PUT, path, body.encode(), Replies.JSON, TOKEN);
    }

    Reply post(String path, JsonObject body) {
        return send(HttpMethod.POST, path, body.encode(), Replies.JSON, TOKEN);
    }

    Reply post(String path) {
        return send(HttpMethod.POST, path, null, null, TOKEN);
    }

    /** A raw body, sent as JSON. */
    Reply send(HttpMethod method, String path, String rawJson) {
        return send(method, path, rawJson, Replies.JSON, TOKEN);
    }

    /** A body of raw bytes (which may not be UTF-8), sent as JSON with the token. */
    Reply sendBytes(HttpMethod method, String path, byte[] body) {
        return sendBuffer(method, path, Buffer.buffer(body), Replies.JSON, TOKEN);
    }

    /**
     * Any request: {@code path} is below {@code /api/v1}; a null body, content type or token leaves it out.
     */
    Reply send(HttpMethod method, String path, String body, String contentType, String token) {
        return sendBuffer(method, path, body == null ? null : Buffer.buffer(body), contentType, token);
    }

    private Reply sendBuffer(HttpMethod method, String path, Buffer body, String contentType, String token) {
        HttpRequest<Buffer> request = client.request(method, port, "localhost", API + path);
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        HttpResponse<Buffer> response = (body == null ? request.send() : request.sendBuffer(body)).await();
        Reply reply = new Reply(response.statusCode(), response.getHeader("Content-Type"), response.body());
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        OPENAPI.check(method, pathOnly, reply.status(), reply.contentType(), reply.body());
        return reply;
    }

    @Override
    public void close() {
        client.close();
        VERTX.undeploy(deploymentId).await();
    }

    /** A response, already checked against the OpenAPI document. */
    record Reply(int status, String contentType, Buffer body) {

        JsonObject json() {
            return body.toJsonObject();
        }

        JsonArray jsonArray(String field) {
            return json().getJsonArray(field);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body == null ? "" : body.toString());
        }
    }
}
