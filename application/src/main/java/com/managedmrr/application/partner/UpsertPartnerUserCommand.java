package com.managedmrr.application.partner;

import com.managedmrr.domain.model.PartnerUser;

/**
 * Add a user to the partner account, or update one (PUT /partners/{partnerId}/users/{email}). An employee's e-mail
 * must be in one of the partner's domains. Adding an employee assigns them to every client account where the e-mail
 * already has a seat.
 */
public record UpsertPartnerUserCommand(PartnerUser user) {

    public UpsertPartnerUserCommand {
        java.util.Objects.requireNonNull(user, "user");
    }
}
