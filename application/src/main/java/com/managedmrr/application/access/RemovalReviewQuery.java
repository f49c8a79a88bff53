package com.managedmrr.application.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/** Steps one and two of the Remove employee from client wizard. */
public record RemovalReviewQuery(PartnerId partnerId, HubId hubId, Email email) {

    public RemovalReviewQuery {
        java.util.Objects.requireNonNull(partnerId, "partnerId");
        java.util.Objects.requireNonNull(hubId, "hubId");
        java.util.Objects.requireNonNull(email, "email");
    }
}
