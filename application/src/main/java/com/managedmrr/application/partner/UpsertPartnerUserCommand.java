package com.managedmrr.application.partner;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.PartnerUser;
import java.util.Objects;

/**
 * Add a user to the partner account, or update one (PUT /partners/{partnerId}/users/{email}). An employee's e-mail
 * must be in one of the partner's domains. Adding an employee assigns them to every client account where the e-mail
 * already has a seat.
 */
public record UpsertPartnerUserCommand(PartnerUser user, Actor actor) {

    public UpsertPartnerUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(user, "user");
    }

    /** Issued by an internal system. */
    public UpsertPartnerUserCommand(PartnerUser user) {
        this(user, Actor.internalSystem());
    }
}
