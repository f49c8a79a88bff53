package com.managedmrr.web.api;

import com.managedmrr.web.observe.RequestIds;
import com.managedmrr.web.observe.RouteTemplates;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.TimeoutHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code /api/v1} sub-router: hardening headers on every answer, bearer token (one of the callers') on every route
 * but the OpenAPI document, bodies up to 1 MiB,
 * a time limit per request (503 when over), the route groups given, a problem+json 404 for any other path, and one
 * failure handler that never shows a stack trace.
 */
public final class ApiRouter {

    public static final String MOUNT_POINT = "/api/v1";
    public static final long BODY_LIMIT_BYTES = 1024 * 1024;
    /** A request not answered within this gets a 503 (the work it started is not cancelled, its answer dropped). */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The API serves JSON to machines: nothing in it may be framed, run as script or leak a referrer. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** The caller name of a single token. */
    public static final String DEFAULT_CALLER = "default";

    private final Map<String, String> tokensByCaller;
    private final List<ApiRoutes> routeGroups;
    private final Duration requestTimeout;

    /** One token, of the caller {@value #DEFAULT_CALLER}. */
    public ApiRouter(String apiToken, List<ApiRoutes> routeGroups) {
        this(apiToken, routeGroups, DEFAULT_REQUEST_TIMEOUT);
    }

    public ApiRouter(String apiToken, List<ApiRoutes> routeGroups, Duration requestTimeout) {
        this(Map.of(DEFAULT_CALLER, Objects.requireNonNull(apiToken, "apiToken")), routeGroups, requestTimeout);
    }

    /**
     * @param tokensByCaller every token accepted, by the name of its caller (the actor of its commands)
     */
    public ApiRouter(Map<String, String> tokensByCaller, List<ApiRoutes> routeGroups, Duration requestTimeout) {
        this.tokensByCaller = Map.copyOf(Objects.requireNonNull(tokensByCaller, "tokensByCaller"));
        this.routeGroups = List.copyOf(routeGroups);
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A request not answered within this gets a 503. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Router create(Vertx vertx) {
        Router api = Router.router(vertx);
        api.route().handler(RequestIds::assign); // already done when mounted under the web server's root router
        api.route().handler(ApiRouter::securityHeaders);
        api.route().handler(TimeoutHandler.create(requestTimeout.toMillis(), 503));
        // routes open to anyone (the API's own description) come before the token check
        routeGroups.stream().filter(group -> !group.needsToken()).forEach(group -> group.mount(api));
        // the token is checked first, so an unauthenticated client cannot make the server buffer a body
        api.route().handler(new BearerTokenHandler(tokensByCaller));
        api.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        routeGroups.stream().filter(ApiRoutes::needsToken).forEach(group -> group.mount(api));
        RouteTemplates known = RouteTemplates.of(api, "");
        api.route().handler(ctx -> noRoute(ctx, known));
        api.route().failureHandler(new ApiFailureHandler(BODY_LIMIT_BYTES));
        api.errorHandler(400, ApiRouter::malformedRequest);
        return api;
    }

    /** A known path asked with a method it does not take is a 405 with {@code Allow}; any other path a 404. */
    private static void noRoute(RoutingContext ctx, RouteTemplates known) {
        String path = ctx.normalizedPath();
        String relative = path.startsWith(MOUNT_POINT) ? path.substring(MOUNT_POINT.length()) : path;
        Set<HttpMethod> allowed = known.allowedMethods(relative);
        if (allowed.isEmpty()) {
            Problems.notFound(ctx, ProblemTexts.noResource(ctx.request().path()));
            return;
        }
        String allow = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        ctx.response().putHeader("Allow", allow);
        Problems.send(ctx, 405, ProblemTexts.methodNotAllowed(ctx.request().method().name(), allow), List.of());
    }

    /**
     * For a router's {@code errorHandler(400, ...)}: a path the router cannot decode (malformed percent-encoding)
     * fails while routes are matched, before any handler or failure handler runs; this answers it as problem+json.
     */
    public static void malformedRequest(RoutingContext ctx) {
        if (!ctx.response().ended()) {
            securityHeaders(ctx.response().headers());
            Problems.badRequest(ctx, ProblemTexts.MALFORMED_TARGET, List.of());
        }
    }

    /** For a request whose method HTTP does not define: 501 problem+json, before any token check or body. */
    public static void notImplemented(RoutingContext ctx) {
        securityHeaders(ctx.response().headers());
        Problems.send(ctx, 501, ProblemTexts.METHOD_NOT_IMPLEMENTED, List.of());
    }

    private static void securityHeaders(RoutingContext ctx) {
        securityHeaders(ctx.response().headers());
        ctx.next();
    }

    private static void securityHeaders(MultiMap headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
    }
}
