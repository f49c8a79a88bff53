package com.managedmrr.web.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@code application/problem+json} (RFC 9457) responses: {@code {"type","title","status","detail"}}, plus
 * {@code "errors": [{"field","message"}]} for validation. The one place the API shapes an error.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** RFC 9457: the problem is fully described by the status code; the title is its phrase. */
    public static final String DEFAULT_TYPE = "about:blank";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"));

    /** One invalid input: the JSON field (or path/query parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        JsonObject toJson() {
            return new JsonObject().put("field", field).put("message", message);
        }
    }

    private Problems() {
    }

    /** 400: malformed JSON or wrong types; {@code errors} names each field (may be empty). */
    public static Future<Void> badRequest(RoutingContext ctx, String detail, List<FieldError> errors) {
        return send(ctx, 400, detail, errors);
    }

    /** 401, with {@code WWW-Authenticate: Bearer}. */
    public static Future<Void> unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"managed-mrr\"");
        return send(ctx, 401, detail, List.of());
    }

    public static Future<Void> notFound(RoutingContext ctx, String detail) {
        return send(ctx, 404, detail, List.of());
    }

    public static Future<Void> conflict(RoutingContext ctx, String detail) {
        return send(ctx, 409, detail, List.of());
    }

    public static Future<Void> payloadTooLarge(RoutingContext ctx, long limitBytes) {
        return send(ctx, 413, "the request body is larger than " + limitBytes + " bytes", List.of());
    }

    public static Future<Void> unsupportedMediaType(RoutingContext ctx, String detail) {
        return send(ctx, 415, detail, List.of());
    }

    /** 422: a rule refuses the request; {@code detail} says which and why. */
    public static Future<Void> unprocessable(RoutingContext ctx, String detail) {
        return send(ctx, 422, detail, List.of());
    }

    /** 500 with a generic detail: the cause is logged on the server, never sent. */
    public static Future<Void> internalError(RoutingContext ctx) {
        return send(ctx, 500, "the server could not handle this request; it has been logged", List.of());
    }

    public static Future<Void> serviceUnavailable(RoutingContext ctx, String detail) {
        return send(ctx, 503, detail, List.of());
    }

    /** Any status; the title is the status's phrase. */
    public static Future<Void> send(RoutingContext ctx, int status, String detail, List<FieldError> errors) {
        return ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(status, detail, errors).encode());
    }

    /** The problem document itself. */
    public static JsonObject body(int status, String detail, List<FieldError> errors) {
        JsonObject problem = new JsonObject()
                .put("type", DEFAULT_TYPE)
                .put("title", title(status))
                .put("status", status)
                .put("detail", detail == null ? title(status) : detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArray array = new JsonArray();
            errors.forEach(error -> array.add(error.toJson()));
            problem.put("errors", array);
        }
        return problem;
    }

    static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status >= 500 ? "Server Error" : "Client Error";
    }
}
