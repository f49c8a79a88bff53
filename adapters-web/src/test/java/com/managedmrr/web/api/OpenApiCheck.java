package com.managedmrr.web.api;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a response against the served OpenAPI document: the operation is found by method and path, and the
 * response must be one the operation declares for its status, with a body that matches the declared schema.
 */
final class OpenApiCheck {

    private final OpenAPIContract contract;
    private final ResponseValidator validator;
    private final AtomicInteger checked = new AtomicInteger();

    private OpenApiCheck(OpenAPIContract contract, ResponseValidator validator) {
        this.contract = contract;
        this.validator = validator;
    }

    /**
     * vertx-openapi 5.0 accepts only absolute server URLs and knows no {@code application/problem+json}, while the
     * served document names the relative {@code /api/v1} (valid OpenAPI) and declares every error as problem+json.
     * The check loads a copy with an absolute server URL and problem schemas under {@code application/json}; that
     * errors really are sent as problem+json (and successes as JSON) it checks itself, in {@link #check}.
     */
    static OpenApiCheck load(Vertx vertx, JsonObject document) {
        JsonObject copy = document.copy();
        copy.put("servers", new JsonArray().add(new JsonObject().put("url", "http://localhost" + TestApi.API)));
        JsonObject responses = copy.getJsonObject("components").getJsonObject("responses");
        for (String name : responses.fieldNames()) {
            JsonObject content = responses.getJsonObject(name).getJsonObject("content");
            Object schema = content.remove(Problems.CONTENT_TYPE);
            if (schema == null) {
                throw new IllegalStateException("error response " + name + " is not declared as problem+json");
            }
            content.put(Replies.JSON, schema);
        }
        OpenAPIContract contract = OpenAPIContract.from(vertx, copy).await();
        return new OpenApiCheck(contract, ResponseValidator.create(vertx, contract));
    }

    OpenAPIContract contract() {
        return contract;
    }

    /** How many responses were checked so far. */
    int checked() {
        return checked.get();
    }

    /**
     * @param method the request's method
     * @param path   the request's path below the server URL ({@code /api/v1}), without the query
     */
    void check(HttpMethod method, String path, int status, String contentType, Buffer body) {
        Operation operation = contract.findOperation(TestApi.API + path, method);
        if (operation == null) {
            checkUnknownPath(method, path, status, contentType, body);
            checked.incrementAndGet();
            return;
        }
        String mediaType = contentType == null ? null : contentType.split(";", 2)[0].trim();
        if (status >= 400) {
            if (!Problems.CONTENT_TYPE.equals(mediaType)) {
                throw new AssertionError(method + " " + path + " answered " + status + " as " + contentType
                        + ", not as problem+json");
            }
            mediaType = Replies.JSON;
        } else if (status != 204 && !Replies.JSON.equals(mediaType)) {
            throw new AssertionError(method + " " + path + " answered " + status + " as " + contentType + ", not JSON");
        }
        ValidatableResponse response = body == null || body.length() == 0
                ? ValidatableResponse.create(status)
                : ValidatableResponse.create(status, body, mediaType);
        try {
            validator.validate(response, operation.getOperationId()).await();
        } catch (SchemaValidationException invalid) {
            throw new AssertionError(method + " " + path + " answered " + status + " " + body
                    + " which does not match operation " + operation.getOperationId() + ": " + invalid.getMessage()
                    + " " + invalid.getOutputUnit(), invalid);
        } catch (RuntimeException invalid) {
            throw new AssertionError(method + " " + path + " answered " + status + " " + body
                    + " which operation " + operation.getOperationId() + " does not declare: " + invalid.getMessage(),
                    invalid);
        }
        checked.incrementAndGet();
    }

    /**
     * A path and method no operation has: the API answers a problem+json 404 (405 when the path has other methods; or
     * 401 before either), the document has nothing to say.
     */
    private static void checkUnknownPath(HttpMethod method, String path, int status, String contentType, Buffer body) {
        if ((status != 404 && status != 405 && status != 401) || contentType == null || !contentType.startsWith("application/problem+json")) {
            throw new AssertionError(method + " " + path + " matches no operation of the OpenAPI document, yet answered "
                    + status + " " + contentType);
        }
        JsonObject problem = body.toJsonObject();
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            if (!problem.containsKey(field)) {
                throw new AssertionError("problem without " + field + ": " + problem);
            }
        }
    }
}
