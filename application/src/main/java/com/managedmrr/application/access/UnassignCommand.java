package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** Unassign: the assignment ends, the seat stays; nothing ends at once. */
public record UnassignCommand(PartnerId partnerId, HubId hubId, Email email, Actor actor) {

    public UnassignCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public UnassignCommand(PartnerId partnerId, HubId hubId, Email email) {
        this(partnerId, hubId, email, Actor.internalSystem());
    }
}
