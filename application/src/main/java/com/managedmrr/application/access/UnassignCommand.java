package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/** Unassign: the assignment ends, the seat stays; nothing ends at once. */
public record UnassignCommand(PartnerId partnerId, HubId hubId, Email email, Actor actor) {

    public UnassignCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(partnerId, "partnerId");
        java.util.Objects.requireNonNull(hubId, "hubId");
        java.util.Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public UnassignCommand(PartnerId partnerId, HubId hubId, Email email) {
        this(partnerId, hubId, email, Actor.internalSystem());
    }
}
