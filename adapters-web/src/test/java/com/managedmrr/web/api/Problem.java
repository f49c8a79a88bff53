package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on problem+json answers. */
final class Problem {

    private Problem() {
    }

    /** The problem type URI for a status, as docs/api.md lists them (written out here, not read from the code). */
    static String typeOf(int status, String code) {
        String kind = switch (status) {
            case 400, 415 -> "validation";
            case 401 -> "unauthorised";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "BATCH_TOO_LARGE".equals(code) ? "limit" : "refused-by-rule";
            case 413, 414, 429, 431 -> "limit";
            case 503 -> "unavailable";
            default -> null;
        };
        return kind == null ? "about:blank" : "tag:managed-mrr,2026:problems/" + kind;
    }

    /** A problem+json answer with this status, and (when given) a field error for each named field. */
    static JsonObject assertProblem(TestApi.Reply reply, int status, String... fields) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("%s", reply).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("type")).as("%s", reply).isEqualTo(typeOf(status, problem.getString("code")));
        assertThat(reply.body().toString()).doesNotContain("Exception").doesNotContain("\tat ");
        if (fields.length > 0) {
            JsonArray errors = problem.getJsonArray("errors");
            assertThat(errors).as("%s", reply).isNotNull();
            assertThat(errors.stream().map(error -> ((JsonObject) error).getString("field")))
                    .as("%s", reply).contains(fields);
        }
        return problem;
    }
}
