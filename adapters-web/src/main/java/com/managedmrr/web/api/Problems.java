package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.web.observe.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;

/**
 * Writes {@code application/problem+json} (RFC 9457) responses: {@code {"type","title","status","detail"}}, plus
 * {@code "errors": [{"field","message"}]} for validation. The one place the API shapes an error.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** RFC 9457: the problem is fully described by the status code; the title is its phrase. */
    public static final String DEFAULT_TYPE = "about:blank";

    /**
     * The kinds of problem, each a {@code type} URI (RFC 9457 §3.1.1; a {@code tag:} URI, RFC 4151, an identifier
     * that is not fetched) described in docs/api.md. A status no kind covers (405, 500) keeps {@link #DEFAULT_TYPE}.
     */
    public enum Kind {
        /** 400, 415: the request is malformed or a field is invalid; {@code errors} names every invalid field. */
        VALIDATION("validation"),
        /** 401: no valid bearer token. */
        UNAUTHORISED("unauthorised"),
        /** 404: the partner, client, user or path does not exist. */
        NOT_FOUND("not-found"),
        /** 409: the request clashes with the current state. */
        CONFLICT("conflict"),
        /** 422: a rule of the product refuses the request; {@code code} says which. */
        REFUSED("refused-by-rule"),
        /** 413, 414, 429, 431 and too large a batch: a limit of the API was exceeded. */
        LIMIT("limit"),
        /** 503: the server cannot answer now; retry after {@code Retry-After} seconds. */
        UNAVAILABLE("unavailable");

        /** Every kind's URI starts with this. */
        public static final String PREFIX = "tag:managed-mrr,2026:problems/";

        private final String uri;

        Kind(String name) {
            this.uri = PREFIX + name;
        }

        public String uri() {
            return uri;
        }

        /** The kind a status stands for, or null (then the type is {@link #DEFAULT_TYPE}). */
        static Kind of(int status) {
            return switch (status) {
                case 400, 415 -> VALIDATION;
                case 401 -> UNAUTHORISED;
                case 404 -> NOT_FOUND;
                case 409 -> CONFLICT;
                case 422 -> REFUSED;
                case 413, 414, 429, 431 -> LIMIT;
                case 503 -> UNAVAILABLE;
                default -> null;
            };
        }
    }

    /** The {@code type} URI of a problem with this status. */
    public static String type(int status) {
        Kind kind = Kind.of(status);
        return kind == null ? DEFAULT_TYPE : kind.uri();
    }

    /** The refusal code of a batch with too many activities: a limit of the API, so its type is {@link Kind#LIMIT}. */
    static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"));

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
        return send(ctx, status, body(status, detail, errors));
    }

    /**
     * A refusal of the model or its rules: INVALID 400 with {@code errors}, NOT_FOUND 404, CONFLICT 409, REFUSED 422
     * (the reason in {@code detail}, field errors when there are some), with its stable code as {@code code}.
     */
    static Future<Void> send(RoutingContext ctx, DomainException failure) {
        int status = status(failure);
        JsonObject problem = body(status, failure.getMessage(), failure.fieldErrors());
        if (failure.code() != null) {
            problem.put("code", failure.code());
        }
        if (BATCH_TOO_LARGE.equals(failure.code())) {
            problem.put("type", Kind.LIMIT.uri());
        }
        return send(ctx, status, problem);
    }

    static int status(DomainException failure) {
        return switch (failure.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 422;
        };
    }

    private static Future<Void> send(RoutingContext ctx, int status, JsonObject problem) {
        // RFC 9457's instance: this occurrence, named by the request's id
        RequestIds.of(ctx).ifPresent(id -> problem.put("instance", "urn:request:" + id));
        return ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }

    /** The problem document itself. */
    public static JsonObject body(int status, String detail, List<FieldError> errors) {
        JsonObject problem = new JsonObject()
                .put("type", type(status))
                .put("title", title(status))
                .put("status", status)
                .put("detail", detail == null ? title(status) : detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArray array = new JsonArray();
            errors.forEach(error -> array.add(
                    new JsonObject().put("field", error.field()).put("message", error.message())));
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
