package com.managedmrr.application.partner;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Partner;
import java.util.Objects;

/** Create or update a partner (PUT /partners/{partnerId}). */
public record UpsertPartnerCommand(Partner partner, Actor actor) {

    public UpsertPartnerCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partner, "partner");
    }

    /** Issued by an internal system. */
    public UpsertPartnerCommand(Partner partner) {
        this(partner, Actor.internalSystem());
    }
}
