package com.managedmrr.web.api;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;

/**
 * Valid values that stand in for invalid fields while a record's or a command's own rules are checked on the others
 * ({@link FieldChecks#checkRule}), so that those rules are told in the same answer. What is built with a stand-in is
 * never used: the invalid field it replaced fails the request first.
 */
final class StandIns {

    static final PartnerId PARTNER_ID = PartnerId.of("stand-in");
    static final HubId HUB_ID = HubId.of(1);
    static final Email EMAIL = Email.of("stand-in@example.com");

    private StandIns() {
    }

    static PartnerId or(PartnerId partnerId) {
        return partnerId == null ? PARTNER_ID : partnerId;
    }

    static HubId or(HubId hubId) {
        return hubId == null ? HUB_ID : hubId;
    }

    static Email or(Email email) {
        return email == null ? EMAIL : email;
    }
}
