package com.managedmrr.web.ui;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;

import java.util.Optional;

/**
 * The partner admin of the request's session: every page and action works on this partner only, whatever the URL
 * says. Kept in the session as plain strings.
 */
public record SignedInAdmin(PartnerId partnerId, Email email, String partnerName) {

    static final String PARTNER_KEY = "ui.partnerId";
    static final String EMAIL_KEY = "ui.adminEmail";
    static final String PARTNER_NAME_KEY = "ui.partnerName";
    private static final String CONTEXT_KEY = "ui.signedInAdmin";

    /** The admin as the actor of the commands they issue, for the audit trail. */
    public Actor actor() {
        return Actor.admin(email);
    }

    /** Writes the admin into the session (after the session id has been regenerated). */
    public void storeIn(Session session) {
        session.put(PARTNER_KEY, partnerId.value());
        session.put(EMAIL_KEY, email.value());
        session.put(PARTNER_NAME_KEY, partnerName);
    }

    public static Optional<SignedInAdmin> fromSession(Session session) {
        if (session == null) {
            return Optional.empty();
        }
        String partner = session.get(PARTNER_KEY);
        String email = session.get(EMAIL_KEY);
        String name = session.get(PARTNER_NAME_KEY);
        if (partner == null || email == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SignedInAdmin(PartnerId.of(partner), Email.of(email), name == null ? partner : name));
        } catch (RuntimeException corrupt) {
            return Optional.empty();
        }
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
