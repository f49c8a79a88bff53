package com.managedmrr.domain.model;

/** A user in a partner account, identified by e-mail within the partner. */
public record PartnerUser(PartnerId partnerId, Email email, String name, PartnerUserKind kind) {

    public PartnerUser {
        name = Names.require("name", name);
        if (kind == null) {
            throw DomainException.invalid("kind", "must be EMPLOYEE or CONTRACTOR");
        }
    }

    public boolean isEmployee() {
        return kind == PartnerUserKind.EMPLOYEE;
    }
}
