package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** Reactivate user on client: a partner user's DEACTIVATED seat becomes ACTIVE again. It never assigns. */
public record ReactivateUserCommand(PartnerId partnerId, HubId hubId, Email email, Actor actor) {

    public ReactivateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public ReactivateUserCommand(PartnerId partnerId, HubId hubId, Email email) {
        this(partnerId, hubId, email, Actor.internalSystem());
    }
}
