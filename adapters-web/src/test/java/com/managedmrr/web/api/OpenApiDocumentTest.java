package com.managedmrr.web.api;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells an integrator enough: every operation has a summary, a description and examples of its
 * request and answers, and declares the error statuses it can answer; every tag is described; info has a licence
 * and a contact. (.ci/run also lints it with Redocly's recommended rules.)
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /**
     * Any request can meet these: no token (unless the operation is open to anyone), another method, a request line or
     * headers over the limit, a busy server.
     */
    private static final List<String> EVERYWHERE = List.of("401", "405", "414", "429", "431", "503");

    private static JsonObject document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/openapi.json")) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyOperation_hasASummaryADescriptionExamples_andTheErrorsItCanAnswer() throws IOException {
        JsonObject paths = document().getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase() + " " + path;
                JsonObject operation = item.getJsonObject(method);
                if (operation.getString("summary", "").isBlank()) {
                    missing.add(name + ": summary");
                }
                if (operation.getString("description", "").isBlank()) {
                    missing.add(name + ": description");
                }
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && !hasExample(body.getJsonObject("content").getJsonObject("application/json"))) {
                    missing.add(name + ": request example");
                }
                JsonObject responses = operation.getJsonObject("responses");
                boolean answerExample = false;
                for (String status : responses.fieldNames()) {
                    JsonObject content = responses.getJsonObject(status).getJsonObject("content");
                    if (status.startsWith("2") && content != null) {
                        answerExample |= content.stream().allMatch(type -> hasExample((JsonObject) type.getValue()));
                    } else if (status.startsWith("2")) {
                        answerExample = true; // 204: nothing to show
                    }
                }
                if (!answerExample) {
                    missing.add(name + ": response example");
                }
                List<String> expected = new ArrayList<>(EVERYWHERE);
                if (operation.getJsonArray("security") != null && operation.getJsonArray("security").isEmpty()) {
                    expected.remove("401"); // open to anyone
                }
                if (path.contains("{")) {
                    expected.add("404");
                }
                if (body != null) {
                    expected.addAll(List.of("413", "415", "422"));
                }
                for (String status : expected) {
                    if (!responses.containsKey(status)) {
                        missing.add(name + ": " + status);
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void theDocument_hasNoKeyTwice_asLintersAndOtherParsersRefuseIt() throws IOException {
        com.fasterxml.jackson.core.JsonFactory strict = com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/openapi.json");
             com.fasterxml.jackson.core.JsonParser parser = strict.createParser(in)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        }
    }

    @Test
    void everyTagIsDescribed_andInfoHasALicenceAndAContact() throws IOException {
        JsonObject document = document();
        document.getJsonArray("tags").forEach(tag ->
                assertThat(((JsonObject) tag).getString("description", "")).as("%s", tag).isNotBlank());
        JsonObject info = document.getJsonObject("info");
        assertThat(info.getJsonObject("license").getString("identifier")).isEqualTo("Apache-2.0");
        assertThat(info.getJsonObject("license").getString("name")).isNotBlank();
        assertThat(info.getJsonObject("contact").getString("name")).isNotBlank();
    }

    private static boolean hasExample(JsonObject mediaType) {
        return mediaType != null && (mediaType.containsKey("example")
                || (mediaType.getJsonObject("examples") != null && !mediaType.getJsonObject("examples").isEmpty()));
    }
}
