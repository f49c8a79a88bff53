package com.managedmrr.web.api;

import io.vertx.ext.web.Router;

/**
 * A group of {@code /api/v1} routes (one feature: partners, clients, activities, ...). Paths are relative to
 * {@code /api/v1}; the bearer token is checked and the body is read (at most 1 MiB) before these routes run, and
 * failures become problem+json.
 */
@FunctionalInterface
public interface ApiRoutes {

    void mount(Router api);

    /** False for routes anyone may call without a token (mounted before the token check, and without a body). */
    default boolean needsToken() {
        return true;
    }
}
