package com.managedmrr.application.common;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.concurrent.CompletionStage;

/** The partner, client account or partner user a command or query names, or the NOT_FOUND refusal. */
public final class Require {

    private Require() {
    }

    public static CompletionStage<Partner> partner(AccessCommandPort store, PartnerId partnerId) {
        return store.partner(partnerId).thenApply(found -> found.orElseThrow(() -> Refusals.partnerNotFound(partnerId)));
    }

    /** Outside a command (queries): the partner, or PARTNER_NOT_FOUND. */
    public static CompletionStage<Partner> partner(PartnerQueryPort partners, PartnerId partnerId) {
        return partners.partner(partnerId)
                .thenApply(found -> found.orElseThrow(() -> Refusals.partnerNotFound(partnerId)));
    }

    public static CompletionStage<ClientAccount> client(AccessCommandPort store, HubId hubId) {
        return store.client(hubId).thenApply(found -> found.orElseThrow(() -> Refusals.clientNotFound(hubId)));
    }

    /** The present partner user; the partner must exist too. */
    public static CompletionStage<PartnerUser> partnerUser(AccessCommandPort store, PartnerId partnerId, Email email) {
        return partner(store, partnerId)
                .thenCompose(partner -> store.partnerUser(partnerId, email))
                .thenApply(found -> found.orElseThrow(() -> Refusals.partnerUserNotFound(partnerId, email)));
    }

    /** The partner, the client account and the present partner user of an access-management action, in that order. */
    public static CompletionStage<PartnerUser> partnerClientAndUser(AccessCommandPort store, PartnerId partnerId, HubId hubId,
                                                                    Email email) {
        return partner(store, partnerId)
                .thenCompose(partner -> client(store, hubId))
                .thenCompose(client -> store.partnerUser(partnerId, email))
                .thenApply(found -> found.orElseThrow(() -> Refusals.partnerUserNotFound(partnerId, email)));
    }
}
