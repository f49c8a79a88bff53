package com.managedmrr.web.ui;

import com.managedmrr.web.observe.Caller;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * Lets a request through only with a signed-in admin (whom {@link UiSessions} put in the context); anyone else
 * is sent to the sign-in page: a 303 for a browser navigation, a 401 with {@code HX-Redirect} for htmx.
 */
final class RequireSignedIn implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        Optional<SignedInAdmin> admin = SignedInAdmin.find(ctx);
        if (admin.isPresent()) {
            Caller.put(ctx, "partner:" + admin.get().partnerId().value());
            ctx.next();
            return;
        }
        if (Htmx.isHtmx(ctx)) {
            ctx.response().setStatusCode(401)
                    .putHeader("HX-Redirect", Paths.SIGN_IN)
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end(Texts.of(ctx).get("common.error.pleaseSignIn"));
            return;
        }
        Redirects.seeOther(ctx, Paths.SIGN_IN);
    }
}
