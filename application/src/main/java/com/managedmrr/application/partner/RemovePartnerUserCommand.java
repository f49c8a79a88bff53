package com.managedmrr.application.partner;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/**
 * Remove a user from the partner account (DELETE /partners/{partnerId}/users/{email}): all of their assignments end;
 * when they were the last of the partner's users assigned to a client, that managed relationship ends at once.
 */
public record RemovePartnerUserCommand(PartnerId partnerId, Email email, Actor actor) {

    public RemovePartnerUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public RemovePartnerUserCommand(PartnerId partnerId, Email email) {
        this(partnerId, email, Actor.internalSystem());
    }
}
