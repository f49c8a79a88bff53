package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API and its OpenAPI document agree: the document is served, names exactly the routes mounted, and every
 * operation answers 401 without the token, 415 to a body that is not JSON, 400 to malformed JSON and 413 to a body
 * over 1 MiB, each as the document declares it.
 */
class ApiContractTest {

    private static final JsonObject DOCUMENT = OpenApiRoutes.document();

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** One operation of the document: method, path template, and whether it takes a JSON body. */
    private record Operation(HttpMethod method, String template, boolean hasBody, boolean needsToken) {

        /** The path with sample values for its parameters. */
        String samplePath() {
            return template.replace("{partnerId}", "acme").replace("{hubId}", "501")
                    .replace("{email}", "ann@acme.example").replace("{tool}", "BLOG").replace("{currency}", "USD");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = DOCUMENT.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                JsonObject operation = item.getJsonObject(method);
                // an operation with "security": [] is open to anyone (the document itself)
                boolean open = operation.containsKey("security") && operation.getJsonArray("security").isEmpty();
                operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path,
                        operation.containsKey("requestBody"), !open));
            }
        }
        return operations;
    }

    @Test
    void openApiDocument_isServedWithoutAToken() {
        TestApi.Reply reply = api.send(HttpMethod.GET, "/openapi.json", null, null, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(DOCUMENT);
        assertThat(reply.json().getString("openapi")).startsWith("3.1");
        assertThat(api.get("/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void openApiDocument_namesExactlyTheMountedRoutes() {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            InMemoryStore store = new InMemoryStore();
            ApiRouteGroups.of(InMemoryUseCases.create(store, new MutableClock(), new InMemoryAdminAccounts()))
                    .forEach(group -> group.mount(router));
            Set<String> mounted = new TreeSet<>();
            for (Route route : router.getRoutes()) {
                if (route.getPath() == null) {
                    continue;
                }
                String template = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
                route.methods().forEach(method -> mounted.add(method + " " + template));
            }
            Set<String> documented = new TreeSet<>();
            operations().forEach(operation -> documented.add(operation.toString()));

            assertThat(mounted).isEqualTo(documented);
            assertThat(documented).hasSize(32);
        } finally {
            vertx.close().await();
        }
    }

    @Test
    void everyOperationNeedingAToken_withoutOrWithAWrongToken_answers401() {
        for (Operation operation : operations()) {
            if (!operation.needsToken()) {
                continue;
            }
            String body = operation.hasBody() ? "{}" : null;
            String type = operation.hasBody() ? Replies.JSON : null;
            assertProblem(api.send(operation.method(), operation.samplePath(), body, type, null), 401);
            assertProblem(api.send(operation.method(), operation.samplePath(), body, type, "not-the-token"), 401);
        }
    }

    @Test
    void everyOperationWithABody_givenAnotherContentType_answers415() {
        for (Operation operation : operations()) {
            if (operation.hasBody()) {
                assertProblem(api.send(operation.method(), operation.samplePath(), "{}", "text/plain", TestApi.TOKEN), 415);
                assertProblem(api.send(operation.method(), operation.samplePath(), "name=x",
                        "application/x-www-form-urlencoded", TestApi.TOKEN), 415);
            }
        }
    }

    @Test
    void everyOperationWithABody_givenMalformedJson_answers400() {
        for (Operation operation : operations()) {
            if (operation.hasBody()) {
                assertProblem(api.send(operation.method(), operation.samplePath(), "{\"a\": tru", Replies.JSON,
                        TestApi.TOKEN), 400);
                assertProblem(api.send(operation.method(), operation.samplePath(), "\"just a string\"",
                        Replies.JSON, TestApi.TOKEN), 400);
            }
        }
    }

    @Test
    void everyOperationWithABody_givenMoreThanOneMebibyte_answers413() {
        String huge = "{\"name\": \"" + "x".repeat((int) ApiRouter.BODY_LIMIT_BYTES) + "\"}";
        for (Operation operation : operations()) {
            if (operation.hasBody()) {
                assertProblem(api.send(operation.method(), operation.samplePath(), huge, Replies.JSON, TestApi.TOKEN), 413);
            }
        }
    }

    @Test
    void unknownPath_answers404Problem_andAWrongMethodOnAKnownPath405WithAllow() {
        assertProblem(api.get("/nothing-here"), 404);
        var wrongMethod = api.send(HttpMethod.PATCH, "/partners/acme", "{}");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.json().getString("detail")).endsWith("allowed: GET, PUT");
    }

    @Test
    void theCheck_refusesResponsesTheDocumentDoesNotDeclare() {
        OpenApiCheck check = TestApi.openApi();
        Buffer wrongShape = new JsonObject().put("partnerId", 7).toBuffer();
        Buffer problem = Problems.body(409, "clash", List.of()).toBuffer();

        assertThatThrownBy(() -> check.check(HttpMethod.GET, "/partners/acme", 200, Replies.JSON, wrongShape))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.check(HttpMethod.GET, "/partners/acme", 409, Problems.CONTENT_TYPE, problem))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.check(HttpMethod.GET, "/partners/acme", 404, Replies.JSON, problem))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.check(HttpMethod.GET, "/partners/acme/removal-review", 200, Replies.JSON,
                new JsonObject().toBuffer())).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.check(HttpMethod.GET, "/partners/acme/clients/501/staff/a@b.example/removal",
                200, Replies.JSON, new JsonObject().put("lostAccessHubIds", List.of()).put("affectedAssetIds", List.of())
                        .put("endsManagedRelationship", true).put("extra", 1).toBuffer()))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theCheck_hasSeenEveryResponseOfTheseTests() {
        int before = TestApi.openApi().checked();
        api.get("/qualifying-actions");
        api.get("/partners/nobody");
        assertThat(TestApi.openApi().checked()).isEqualTo(before + 2);
    }
}
