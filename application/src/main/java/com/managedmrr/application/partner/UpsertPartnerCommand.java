package com.managedmrr.application.partner;

import com.managedmrr.domain.model.Partner;

/** Create or update a partner (PUT /partners/{partnerId}). */
public record UpsertPartnerCommand(Partner partner) {

    public UpsertPartnerCommand {
        java.util.Objects.requireNonNull(partner, "partner");
    }
}
