package com.managedmrr.application.client;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.ClientAccount;

/**
 * Create or update a client account (PUT /clients/{hubId}). A new MRR takes effect now; the old one is kept for
 * instants before. The currency must have a point unit and cannot change once set.
 */
public record UpsertClientCommand(ClientAccount client, Actor actor) {

    public UpsertClientCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(client, "client");
    }

    /** Issued by an internal system. */
    public UpsertClientCommand(ClientAccount client) {
        this(client, Actor.internalSystem());
    }
}
