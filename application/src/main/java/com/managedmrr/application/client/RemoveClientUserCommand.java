package com.managedmrr.application.client;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import java.util.Objects;

/**
 * The client account removed a user (DELETE /clients/{hubId}/users/{email}). Assignments stay; for each partner whose
 * last user there this was, the managed relationship ends at once.
 */
public record RemoveClientUserCommand(HubId hubId, Email email, Actor actor) {

    public RemoveClientUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
    }

    /** Issued by an internal system. */
    public RemoveClientUserCommand(HubId hubId, Email email) {
        this(hubId, email, Actor.internalSystem());
    }
}
