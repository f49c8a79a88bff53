package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/**
 * Link clients (Contractors tab): assigns a contractor to a client. Allowed only when the contractor's e-mail is
 * already a user (active or deactivated) in that client account.
 */
public record LinkClientCommand(PartnerId partnerId, Email contractorEmail, HubId hubId, Actor actor) {

    public LinkClientCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(contractorEmail, "contractorEmail");
        Objects.requireNonNull(hubId, "hubId");
    }

    /** Issued by an internal system. */
    public LinkClientCommand(PartnerId partnerId, Email contractorEmail, HubId hubId) {
        this(partnerId, contractorEmail, hubId, Actor.internalSystem());
    }
}
