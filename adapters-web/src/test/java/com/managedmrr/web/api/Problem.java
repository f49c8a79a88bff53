package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on problem+json answers. */
final class Problem {

    private Problem() {
    }

    /** A problem+json answer with this status, and (when given) a field error for each named field. */
    static JsonObject assertProblem(TestApi.Reply reply, int status, String... fields) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("%s", reply).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
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
