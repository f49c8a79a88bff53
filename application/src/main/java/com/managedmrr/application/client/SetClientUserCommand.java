package com.managedmrr.application.client;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;

/**
 * The client account added or (de)activated a user (PUT /clients/{hubId}/users/{email}). A seat that goes from
 * absent to present assigns every partner employee with that e-mail automatically.
 */
public record SetClientUserCommand(HubId hubId, Email email, SeatStatus status, Actor actor) {

    public SetClientUserCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(hubId, "hubId");
        java.util.Objects.requireNonNull(email, "email");
        if (status == null) {
            throw com.managedmrr.domain.model.DomainException.invalid("status", "must be ACTIVE or DEACTIVATED");
        }
    }

    /** Issued by an internal system. */
    public SetClientUserCommand(HubId hubId, Email email, SeatStatus status) {
        this(hubId, email, status, Actor.internalSystem());
    }
}
