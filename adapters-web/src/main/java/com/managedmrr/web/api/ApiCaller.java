package com.managedmrr.web.api;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.web.observe.Caller;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The name of the API caller whose token a request carried (e.g. {@code billing}, {@code telemetry}; the single
 * {@code MRR_API_TOKEN} is {@code default}): the actor of the commands it issues, and what the access log shows. Set
 * on the routing context once the bearer token is accepted.
 */
public final class ApiCaller {

    /** The routing context's key for the caller's name. */
    public static final String CONTEXT_KEY = "managedmrr.apiCaller";

    private ApiCaller() {
    }

    /** The caller's name, once its token was accepted; empty before that and outside the API. */
    public static Optional<String> name(RoutingContext ctx) {
        Object name = ctx.get(CONTEXT_KEY);
        return name instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** The internal system that issued the request, by the name of its token. */
    static Actor actor(RoutingContext ctx) {
        return name(ctx).map(Actor::internalSystem).orElseGet(Actor::internalSystem);
    }

    static void set(RoutingContext ctx, String name) {
        ctx.put(CONTEXT_KEY, name);
        Caller.put(ctx, name); // the access log's caller
    }
}
