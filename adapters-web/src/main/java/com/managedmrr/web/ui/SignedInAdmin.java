package com.managedmrr.web.ui;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The partner admin of the request's session: every page and action works on this partner only, whatever the URL
 * says.
 */
public record SignedInAdmin(PartnerId partnerId, Email email, String partnerName) {

    private static final String CONTEXT_KEY = "ui.signedInAdmin";

    /** The admin as the actor of the commands they issue, for the audit trail. */
    public Actor actor() {
        return Actor.admin(email);
    }

    void putIn(RoutingContext ctx) {
        ctx.put(CONTEXT_KEY, this);
    }

    /** The admin put in the context by the sign-in guard; routes behind it can rely on it. */
    public static SignedInAdmin of(RoutingContext ctx) {
        SignedInAdmin admin = ctx.get(CONTEXT_KEY);
        if (admin == null) {
            throw new IllegalStateException("no signed-in admin on this route");
        }
        return admin;
    }

    public static Optional<SignedInAdmin> find(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(CONTEXT_KEY));
    }
}
