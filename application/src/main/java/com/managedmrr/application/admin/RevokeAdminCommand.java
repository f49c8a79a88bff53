package com.managedmrr.application.admin;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** Revoke a partner admin's login (DELETE /partners/{partnerId}/admins/{email}): its sessions end at once. */
public record RevokeAdminCommand(PartnerId partnerId, Email email, Actor actor) {

    public RevokeAdminCommand {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(actor, "actor");
    }

    public RevokeAdminCommand(PartnerId partnerId, Email email) {
        this(partnerId, email, Actor.internalSystem());
    }
}
