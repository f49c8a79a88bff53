package com.managedmrr.application.partner;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ViewPartnerService implements ViewPartnerUseCase {

    private final PartnerQueryPort partners;

    public ViewPartnerService(PartnerQueryPort partners) {
        this.partners = Objects.requireNonNull(partners, "partners");
    }

    @Override
    public CompletionStage<Partner> viewPartner(PartnerId partnerId) {
        return Stages.attempt(() -> Require.partner(partners, partnerId));
    }
}
