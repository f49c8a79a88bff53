package com.managedmrr.web.ui;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** The admin UI's one redirect: 303 See Other, which the browser follows with a GET, never kept by a cache. */
public final class Redirects {

    private Redirects() {
    }

    public static Future<Void> seeOther(RoutingContext ctx, String location) {
        return ctx.response()
                .setStatusCode(303)
                .putHeader("Location", location)
                .putHeader("Cache-Control", "no-store")
                .end();
    }
}
