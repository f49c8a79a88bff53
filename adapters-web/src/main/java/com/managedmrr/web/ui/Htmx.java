package com.managedmrr.web.ui;

import io.vertx.ext.web.RoutingContext;

/** What htmx tells the server about a request, and what the server tells htmx back. */
public final class Htmx {

    private Htmx() {
    }

    /** An htmx request that expects a partial (not a boosted navigation, not a history restore). */
    public static boolean wantsPartial(RoutingContext ctx) {
        return "true".equals(ctx.request().getHeader("HX-Request"))
                && !"true".equals(ctx.request().getHeader("HX-Boosted"))
                && !"true".equals(ctx.request().getHeader("HX-History-Restore-Request"));
    }

    public static boolean isHtmx(RoutingContext ctx) {
        return "true".equals(ctx.request().getHeader("HX-Request"));
    }

    /**
     * The URL htmx puts in the address bar for this answer: the filter as the server understood it (no empty
     * parameters), or nothing at all when the filter was refused.
     */
    public static void pushUrl(RoutingContext ctx, String url, boolean accepted) {
        ctx.response().putHeader("HX-Push-Url", accepted ? url : "false");
    }

    /** The URL htmx puts in the address bar for this answer, in place of the current one (no new history entry). */
    public static void replaceUrl(RoutingContext ctx, String url) {
        ctx.response().putHeader("HX-Replace-Url", url);
    }
}
