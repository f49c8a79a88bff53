package com.managedmrr.web.observe;

import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * Who made a request, for the access log: the API token's name, or {@code partner:<id>} for a signed-in admin of the
 * UI. Never a token, password, cookie or e-mail.
 */
public final class Caller {

    private static final String CONTEXT_KEY = "managedmrr.caller";

    private Caller() {
    }

    public static void put(RoutingContext ctx, String caller) {
        ctx.put(CONTEXT_KEY, caller);
    }

    public static Optional<String> of(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(CONTEXT_KEY));
    }
}
