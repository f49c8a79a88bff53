package com.managedmrr.application.client;

import com.managedmrr.domain.model.ClientAccount;

/**
 * Create or update a client account (PUT /clients/{hubId}). A new MRR takes effect now; the old one is kept for
 * instants before. The currency must have a point unit and cannot change once set.
 */
public record UpsertClientCommand(ClientAccount client) {

    public UpsertClientCommand {
        java.util.Objects.requireNonNull(client, "client");
    }
}
