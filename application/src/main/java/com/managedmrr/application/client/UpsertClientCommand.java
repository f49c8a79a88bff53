package com.managedmrr.application.client;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.ClientAccount;
import java.util.Objects;

/**
 * Create or update a client account (PUT /clients/{hubId}). A new MRR, currency or growth-market flag takes effect
 * now; the old ones are kept for instants before (docs/rules.md §6.4). The currency must have a point unit.
 */
public record UpsertClientCommand(ClientAccount client, Actor actor) {

    public UpsertClientCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(client, "client");
    }

    /** Issued by an internal system. */
    public UpsertClientCommand(ClientAccount client) {
        this(client, Actor.internalSystem());
    }
}
