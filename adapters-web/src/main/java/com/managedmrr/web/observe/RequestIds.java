package com.managedmrr.web.observe;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxBootstrap;
import io.vertx.core.spi.VertxServiceProvider;
import io.vertx.core.spi.context.storage.ContextLocal;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One id per request: the caller's {@code X-Request-Id} when it is well-formed (1-64 of {@code A-Z a-z 0-9 . _ : -}),
 * otherwise a random UUID. It is answered in {@code X-Request-Id}, kept in the routing context, and kept in the
 * request's Vert.x context (a context-local value of the duplicated context Vert.x serves each request on), so that
 * every callback of the request, after any number of asynchronous hops, still finds it: the logging backend reads it
 * from there into each line's MDC.
 *
 * <p>Also a {@link VertxServiceProvider} (listed in {@code META-INF/services}): Vert.x loads it before it creates an
 * instance, which is when a {@link ContextLocal} must be registered.
 */
public final class RequestIds implements VertxServiceProvider {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the id on log lines. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String CONTEXT_KEY = "managedmrr.requestId";
    private static final ContextLocal<String> REQUEST_ID = ContextLocal.registerLocal(String.class);

    /** For the service loader only. */
    public RequestIds() {
    }

    @Override
    public void init(VertxBootstrap bootstrap) {
        // nothing: loading the class registered the context-local value
    }

    /** The first handler of a router: gives the request its id (once, however many routers it passes). */
    public static void assign(RoutingContext ctx) {
        if (ctx.get(CONTEXT_KEY) == null) {
            String incoming = ctx.request().getHeader(HEADER);
            String id = incoming != null && WELL_FORMED.matcher(incoming).matches()
                    ? incoming
                    : UUID.randomUUID().toString();
            ctx.put(CONTEXT_KEY, id);
            ctx.response().putHeader(HEADER, id);
            Context context = Vertx.currentContext();
            // only a request's own (duplicated) context: the event loop's is shared by every request on it
            if (context instanceof ContextInternal internal && internal.isDuplicate()) {
                REQUEST_ID.put(context, id);
            }
        }
        ctx.next();
    }

    /** The request's id, once {@link #assign} ran. */
    public static Optional<String> of(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(CONTEXT_KEY));
    }

    /** The id of the request whose code runs now on this thread, if any. */
    public static Optional<String> current() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(REQUEST_ID.get(context));
    }
}
