package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/**
 * Remove employee from client (the wizard's Done): removes the user's seat in the client account and the partner's
 * assignment of them. When they were the last of the partner's users there, the managed relationship ends at once
 * (and so it does for any other partner of the same e-mail in the same position).
 */
public record RemoveStaffCommand(PartnerId partnerId, HubId hubId, Email email, Actor actor) {

    public RemoveStaffCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public RemoveStaffCommand(PartnerId partnerId, HubId hubId, Email email) {
        this(partnerId, hubId, email, Actor.internalSystem());
    }
}
