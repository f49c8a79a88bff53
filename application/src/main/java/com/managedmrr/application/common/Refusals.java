package com.managedmrr.application.common;

import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/** The NOT_FOUND refusals the queries share with the access rules ({@link AccessRefusals}). */
public final class Refusals {

    private Refusals() {
    }

    public static DomainException partnerNotFound(PartnerId partnerId) {
        return AccessRefusals.partnerNotFound(partnerId);
    }

    public static DomainException clientNotFound(HubId hubId) {
        return AccessRefusals.clientNotFound(hubId);
    }
}
