package com.managedmrr.application.client;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Objects;

/**
 * The client account added or (de)activated a user (PUT /clients/{hubId}/users/{email}). A seat that goes from
 * absent to present assigns every partner employee with that e-mail automatically.
 */
public record SetClientUserCommand(HubId hubId, Email email, SeatStatus status, Actor actor) {

    public SetClientUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
        if (status == null) {
            throw DomainException.invalid("status", "must be ACTIVE or DEACTIVATED");
        }
    }

    /** Issued by an internal system. */
    public SetClientUserCommand(HubId hubId, Email email, SeatStatus status) {
        this(hubId, email, status, Actor.internalSystem());
    }
}
