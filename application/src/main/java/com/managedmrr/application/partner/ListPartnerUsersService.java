package com.managedmrr.application.partner;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.store.PartnerUserAssignments;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListPartnerUsersService implements ListPartnerUsersUseCase {

    private final PartnerQueryPort partners;

    public ListPartnerUsersService(PartnerQueryPort partners) {
        this.partners = Objects.requireNonNull(partners, "partners");
    }

    @Override
    public CompletionStage<List<PartnerUserAssignments>> listPartnerUsers(PartnerId partnerId) {
        return Stages.attempt(() -> Require.partner(partners, partnerId)
                .thenCompose(partner -> partners.partnerUsers(partnerId)));
    }
}
