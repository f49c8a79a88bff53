package com.managedmrr.web.api;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.List;
import java.util.Objects;

/**
 * The {@code /api/v1} sub-router: bearer token on every route, bodies up to 1 MiB, the route groups given, a
 * problem+json 404 for any other path, and one failure handler that never shows a stack trace.
 */
public final class ApiRouter {

    public static final String MOUNT_POINT = "/api/v1";
    public static final long BODY_LIMIT_BYTES = 1024 * 1024;

    private final String apiToken;
    private final List<ApiRoutes> routeGroups;

    public ApiRouter(String apiToken, List<ApiRoutes> routeGroups) {
        this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
        this.routeGroups = List.copyOf(routeGroups);
    }

    public Router create(Vertx vertx) {
        Router api = Router.router(vertx);
        // the token is checked first, so an unauthenticated client cannot make the server buffer a body
        api.route().handler(new BearerTokenHandler(apiToken));
        api.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        routeGroups.forEach(group -> group.mount(api));
        api.route().handler(ctx -> Problems.notFound(ctx, "there is no resource at " + ctx.request().path()));
        api.route().failureHandler(new ApiFailureHandler(BODY_LIMIT_BYTES));
        return api;
    }
}
