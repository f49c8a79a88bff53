package com.managedmrr.application.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** Steps one and two of the Remove employee from client wizard. */
public record RemovalReviewQuery(PartnerId partnerId, HubId hubId, Email email) {

    public RemovalReviewQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
    }
}
