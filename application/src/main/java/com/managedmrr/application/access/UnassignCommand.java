package com.managedmrr.application.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/** Unassign: the assignment ends, the seat stays; nothing ends at once. */
public record UnassignCommand(PartnerId partnerId, HubId hubId, Email email) {

    public UnassignCommand {
        java.util.Objects.requireNonNull(partnerId, "partnerId");
        java.util.Objects.requireNonNull(hubId, "hubId");
        java.util.Objects.requireNonNull(email, "email");
    }
}
