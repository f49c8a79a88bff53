package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Maps a {@link DomainException} to problem+json: INVALID 400 with {@code errors}, NOT_FOUND 404, CONFLICT 409,
 * REFUSED 422 (the reason in {@code detail}, field errors when there are some). The stable refusal code is added as
 * {@code code}.
 */
final class DomainProblems {

    private DomainProblems() {
    }

    static int status(DomainException failure) {
        return switch (failure.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 422;
        };
    }

    static void send(RoutingContext ctx, DomainException failure) {
        int status = status(failure);
        List<Problems.FieldError> errors = failure.fieldErrors().stream()
                .map(error -> new Problems.FieldError(error.field(), error.message()))
                .toList();
        JsonObject problem = Problems.body(status, failure.getMessage(), errors);
        if (failure.code() != null) {
            problem.put("code", failure.code());
        }
        if ("BATCH_TOO_LARGE".equals(failure.code())) {
            problem.put("type", Problems.Kind.LIMIT.uri());
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.CONTENT_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(Problems.withInstance(ctx, problem).encode());
    }
}
