package com.managedmrr.application.common;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/** The refusals several use cases share, each with its stable code. */
public final class Refusals {

    public static final String PARTNER_NOT_FOUND = "PARTNER_NOT_FOUND";
    public static final String CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND";
    public static final String PARTNER_USER_NOT_FOUND = "PARTNER_USER_NOT_FOUND";
    public static final String CLIENT_USER_NOT_FOUND = "CLIENT_USER_NOT_FOUND";

    private Refusals() {
    }

    public static DomainException partnerNotFound(PartnerId partnerId) {
        return DomainException.notFound(PARTNER_NOT_FOUND, "There is no partner '" + partnerId + "'.");
    }

    public static DomainException clientNotFound(HubId hubId) {
        return DomainException.notFound(CLIENT_NOT_FOUND, "There is no client account with Hub ID " + hubId + ".");
    }

    public static DomainException partnerUserNotFound(PartnerId partnerId, Email email) {
        return DomainException.notFound(PARTNER_USER_NOT_FOUND,
                email + " is not a user in the account of partner '" + partnerId + "'.");
    }

    public static DomainException clientUserNotFound(HubId hubId, Email email) {
        return DomainException.notFound(CLIENT_USER_NOT_FOUND,
                email + " is not a user in client account " + hubId + ".");
    }
}
