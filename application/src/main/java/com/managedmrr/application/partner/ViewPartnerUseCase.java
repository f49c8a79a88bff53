package com.managedmrr.application.partner;

import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import java.util.concurrent.CompletionStage;

/** Fails with NOT_FOUND (PARTNER_NOT_FOUND) when the partner is unknown. */
public interface ViewPartnerUseCase {

    CompletionStage<Partner> viewPartner(PartnerId partnerId);
}
