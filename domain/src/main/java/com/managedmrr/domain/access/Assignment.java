package com.managedmrr.domain.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** A partner user's open assignment to a client account. */
public record Assignment(PartnerId partnerId, Email email, HubId hubId) {

    public Assignment {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(hubId, "hubId");
    }
}
