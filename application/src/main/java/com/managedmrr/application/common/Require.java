package com.managedmrr.application.common;

import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.concurrent.CompletionStage;

/** The partner a query names, or the NOT_FOUND refusal. */
public final class Require {

    private Require() {
    }

    /** Outside a command (queries): the partner, or PARTNER_NOT_FOUND. */
    public static CompletionStage<Partner> partner(PartnerQueryPort partners, PartnerId partnerId) {
        return partners.partner(partnerId)
                .thenApply(found -> found.orElseThrow(() -> Refusals.partnerNotFound(partnerId)));
    }
}
